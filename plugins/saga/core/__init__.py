"""The pure extraction core: plain objects in, plain objects out, no Pelican import."""
