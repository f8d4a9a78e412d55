"""sitrep's web API and dashboard server (extra ``api``: FastAPI + uvicorn).

``create_app(store, ApiSettings(...))`` in :mod:`sitrep.api.app` builds the app; ``sitrep serve``
(:mod:`sitrep.api.cli`) runs it under uvicorn, on 127.0.0.1 by default.

Read (open):    GET /api/events (filters, sort, order, limit, cursor, format=json|csv|geojson),
                GET /api/events/{id} (308 to the surviving event when merged away),
                GET /api/articles, GET /api/articles/{id}, GET /api/stats, GET /api/meta,
                GET /api/basemap, GET /api/openapi.json, GET /api/docs, and the dashboard at /.
Write (token):  POST /api/articles. Pipeline (open unless closed): POST /api/extract, /api/geoparse.
Errors:         always ``{"error": {"code", "message", "detail"}}``.

Importing this package imports nothing heavy.
"""
