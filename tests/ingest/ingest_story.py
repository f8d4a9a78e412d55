"""A made-up article shared by the ingest tests (each writes it to tmp_path in the form it needs)."""

from __future__ import annotations

STORY = (
    "Gunmen attacked a checkpoint on the road between two villages on Tuesday, killing four "
    "soldiers and wounding six others, a provincial official said. The attackers fled into the "
    "hills after an exchange of fire that lasted about an hour, residents told reporters.\n\n"
    "The army sent reinforcements to the area and imposed a curfew on the nearest market town. "
    "No group has said it carried out the attack, which is the third of its kind this month in "
    "the province, according to local officials and residents."
)
