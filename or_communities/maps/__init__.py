"""Geodata in, map pages out: reading GIS files, checking the division, building Leaflet pages."""
