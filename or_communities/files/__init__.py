"""Domain in, files out: Excel, GeoPackage and the offline map page, with no widgets."""
