"""Actors: the canonical actor dictionary (``dictionary``), the "actors" stage (``stage``) and
actor1/actor2 assignment for an event's evidence (``roles``). Nothing is imported here, so that
``import sitrep.actors`` stays light."""
