"""The demo register: Semarang's real partnerships (resources/demo/semarang.json), and synthetic
partners, agreements and activities at any scale for benchmarks."""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import Any

from kerjasama_desk import clock
from kerjasama_desk.domain.followup import proposed_commitments
from kerjasama_desk.domain.models import (
    Activity,
    Agreement,
    Contact,
    FieldChoice,
    Officer,
    OurGovernment,
    Partner,
)
from kerjasama_desk.domain.travel import Trip
from kerjasama_desk.domain.validation import name_key
from kerjasama_desk.domain.vocab import (
    AgreementKind,
    AgreementStage,
    Characteristic,
    CooperationField,
    OfficerStatus,
    PartnerLevel,
    TripPurpose,
)
from kerjasama_desk.paths import demo_dir
from kerjasama_desk.services.followup import log_activity
from kerjasama_desk.services.register import RegisterService


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def load_story() -> dict[str, Any]:
    with (demo_dir() / "semarang.json").open(encoding="utf-8") as handle:
        story: dict[str, Any] = json.load(handle)
    return story


def seed_story(service: RegisterService) -> None:
    """Writes Semarang's partnerships through the service (validated, like any user entry).
    Skipped when the register already holds partners."""
    if service.counts().partners:
        return
    story = load_story()
    with service.register.transaction():
        ours = {k: v for k, v in story["our_government"].items() if not k.startswith("_")}
        if ours.get("coat_of_arms"):  # a picture file beside the story
            ours["coat_of_arms"] = (demo_dir() / ours["coat_of_arms"]).read_bytes()
        service.save_our_government(OurGovernment(**{**ours, "level": PartnerLevel(ours["level"])}))
        officers = {
            entry["key"]: service.save_officer(
                Officer(
                    name=entry["name"],
                    nip=entry["nip"],
                    position=entry["position"],
                    unit=entry["unit"],
                    status=OfficerStatus(entry["status"]),
                )
            )
            for entry in story["officers"]
        }
        agreements: dict[str, int] = {}
        partners: dict[str, int] = {}
        for entry in story["partners"]:
            partner_id = partners[entry["name"]] = service.save_partner(
                Partner(
                    name=entry["name"],
                    native_name=entry["native_name"],
                    country=entry["country"],
                    region=entry["region"],
                    level=PartnerLevel(entry["level"]),
                    characteristics=[Characteristic(c) for c in entry["characteristics"]],
                    website=entry["website"],
                    notes=entry["notes"],
                    contacts=[Contact(**contact) for contact in entry["contacts"]],
                )
            )
            for item in entry["agreements"]:
                agreement_id = agreements[item["key"]] = service.save_agreement(
                    Agreement(
                        partner_id=partner_id,
                        kind=AgreementKind(item["kind"]),
                        parent_id=agreements[item["parent"]] if "parent" in item else None,
                        title_id=item["title_id"],
                        title_en=item["title_en"],
                        stage=AgreementStage(item["stage"]),
                        initiated_on=_date(item.get("initiated_on")),
                        signed_on=_date(item.get("signed_on")),
                        effective_on=_date(item.get("effective_on")),
                        fields=[FieldChoice(standard=CooperationField(f)) for f in item["fields"]],
                        responsible_officer_id=officers.get(item.get("responsible", "")),
                        deputy_officer_id=officers.get(item.get("deputy", "")),
                        notes=item["notes"],
                    )
                )
                for activity in item.get("activities", []):
                    log_activity(
                        service,
                        Activity(
                            agreement_id=agreement_id,
                            happened_on=_date(activity["happened_on"]),
                            kind=activity["kind"],
                            description=activity["description"],
                            participants=activity["participants"],
                            outcome=activity["outcome"],
                        ),
                        clock.today(),
                    )
                for planned in item.get("trips", []):
                    departs = clock.today() + timedelta(days=planned["departs_in_days"])
                    service.register.trips.insert(
                        Trip(
                            agreement_id=agreement_id,
                            purpose=TripPurpose(planned["purpose"]),
                            destination=planned["destination"],
                            departs_on=departs,
                            returns_on=departs + timedelta(days=planned["days"] - 1),
                            delegation=planned["delegation"],
                            requested_on=clock.today()
                            + timedelta(days=planned["requested_in_days"]),
                            terms_of_reference=planned["terms_of_reference"],
                            follow_up_plan=planned["follow_up_plan"],
                            host_confirmed=planned["host_confirmed"],
                            notes=planned["about"],
                        ),
                        "pdln_2024",
                    )
                cycle = item.get("commitments")
                if cycle:
                    # The story's transferred officer held these: seeded as they stood, for
                    # the handover to find (the validation would refuse new ones for him).
                    for proposal in proposed_commitments(
                        service.agreement(agreement_id),
                        since=_date(cycle["since"]) or clock.today(),
                        language="id",
                        months_ahead=cycle["months_ahead"],
                    ):
                        proposal.owner_id = officers[cycle["owner"]]
                        service.register.commitments.insert(proposal)
        _seed_drafts(service, partners, agreements)


def _seed_drafts(
    service: RegisterService, partners: dict[str, int], agreements: dict[str, int]
) -> None:
    """The drafts of resources/demo/drafts: the Semarang–Beihai LoI and MoU reconstructed, and
    an MoU with Ulsan still in progress."""
    # drafting (YAML, Jinja) only for the demo's drafts
    from kerjasama_desk.drafting.answers import read_answers
    from kerjasama_desk.services.drafts import DraftService

    drafts = DraftService(service.register)
    for path in sorted((demo_dir() / "drafts").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        drafts.save(
            read_answers(data, drafts.templates),
            partner_id=partners[data["partner"]],
            agreement_id=agreements[data["agreement"]],
            title=data["title"],
            author=data["author"],
        )


_SYLLABLES = (
    "ba be bi bo da de di do ga ge gi go ha he hi ho ka ke ki ko la le li lo ma me mi mo na ne "
    "ni no pa pe pi po ra re ri ro sa se si so ta te ti to va ve vi vo wa we za ze zo chan shin "
    "berg burg ton ville dam stad port haven field mont"
).split()
_COUNTRIES = (
    "CN",
    "JP",
    "KR",
    "AU",
    "NL",
    "DE",
    "FR",
    "MY",
    "TH",
    "VN",
    "PH",
    "US",
    "TR",
    "HR",
    "IT",
    "ES",
    "IN",
    "BR",
    "ZA",
    "EG",
    "SA",
    "RU",
    "GB",
    "NZ",
    "CA",
)
_HAN = "北南东西海山江河湖州城京港宁安福广华新平"
_ACTIVITY_KINDS = ("visit", "meeting", "exchange", "training", "seminar")


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def seed_scale(
    service: RegisterService,
    partners: int,
    *,
    seed: int = 2008,
    progress: Callable[[str], None] = lambda _: None,
) -> None:
    """Adds ``partners`` synthetic partners, about 1.5 agreements and 4 activities per partner,
    and one officer per 500 partners, in one transaction; the search index is rebuilt once."""
    register = service.register
    first_partner = register.max_id("partners") + 1
    # Run again on the same register, it adds others (not the same names again).
    rng = random.Random(seed + first_partner - 1)
    first_agreement = register.max_id("agreements") + 1
    stages = list(AgreementStage)
    fields = list(CooperationField)
    today = clock.today()
    with register.transaction():
        officer_ids = [
            register.officers.insert(
                Officer(
                    name=f"{_name(rng)} {_name(rng)}",
                    position="Analis Kerja Sama",
                    unit="Bagian Kerja Sama",
                    status=OfficerStatus.ACTIVE
                    if rng.random() < 0.85
                    else OfficerStatus.TRANSFERRED,
                )
            )
            for _ in range(partners // 500 + 5)
        ]
        taken = register.partners.name_keys()  # a second run adds to the first

        def make_partners() -> Iterator[Partner]:
            for index in range(partners):
                country = rng.choice(_COUNTRIES)
                name = _name(rng)
                while (name_key(name), country) in taken:
                    name = f"{name} {rng.randint(2, 999)}"
                taken.add((name_key(name), country))
                native = ""
                if country in ("CN", "JP"):
                    native = "".join(rng.choice(_HAN) for _ in range(rng.randint(2, 3))) + "市"
                yield Partner(
                    id=first_partner + index,
                    name=name,
                    native_name=native,
                    country=country,
                    region=_name(rng),
                    level=rng.choice(list(PartnerLevel)),
                    population=rng.randint(20_000, 12_000_000),
                    characteristics=rng.sample(list(Characteristic), rng.randint(0, 3)),
                    notes=f"Synthetic partner {index + 1} for benchmarks.",
                )

        progress("partners")
        register.partners.insert_many(make_partners())
        agreement_plan: list[tuple[int, date | None]] = []

        def make_agreements() -> Iterator[Agreement]:
            agreement_id = first_agreement
            for index in range(partners):
                for _ in range(1 if rng.random() < 0.5 else 2):
                    stage = rng.choice(stages)
                    signed = (
                        today - timedelta(days=rng.randint(30, 9000))
                        if stage.position >= AgreementStage.SIGNING.position
                        else None
                    )
                    expires = signed + timedelta(days=5 * 365) if signed else None
                    agreement_plan.append((agreement_id, signed))
                    yield Agreement(
                        id=agreement_id,
                        partner_id=first_partner + index,
                        kind=rng.choice((AgreementKind.LOI, AgreementKind.MOU)),
                        title_id=f"Kerja sama {_name(rng)} {agreement_id}",
                        title_en=f"Cooperation {_name(rng)} {agreement_id}",
                        our_number=f"{agreement_id}/KS/{rng.randint(1990, 2026)}",
                        stage=stage,
                        signed_on=signed,
                        effective_on=signed,
                        expires_on=expires,
                        fields=[FieldChoice(standard=f) for f in rng.sample(fields, 2)],
                        responsible_officer_id=rng.choice(officer_ids),
                        notes="Synthetic agreement for benchmarks.",
                    )
                    agreement_id += 1

        progress("agreements")
        register.agreements.insert_many(make_agreements())

        def make_activities() -> Iterator[Activity]:
            for _ in range(partners * 4):
                agreement_id, signed = rng.choice(agreement_plan)
                start = signed or today - timedelta(days=4000)
                yield Activity(
                    agreement_id=agreement_id,
                    happened_on=start
                    + timedelta(days=rng.randint(0, max(1, (today - start).days))),
                    field=rng.choice(fields),
                    kind=rng.choice(_ACTIVITY_KINDS),
                    description=f"Synthetic activity under agreement {agreement_id}",
                )

        progress("activities")
        register.activities.insert_many(make_activities())
        progress("search index")
        register.reindex()
