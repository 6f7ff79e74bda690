"""Output names from document paths, and version families for --diff-versions."""

from __future__ import annotations

from analyzer.batch.naming import output_names, safe_name, title_family, version_families


def test_names_are_safe_readable_and_unique() -> None:
    rels = ["plans/2024/Plan v2.pdf", "Plans/2024/plan V2.pdf", "../../etc/passwd.md", "x" * 300]
    names = output_names(rels)
    assert safe_name("plans/2024/Plan v2.pdf") == "plans__2024__Plan_v2.pdf"
    assert len({n.lower() for n in names.values()}) == len(rels)
    for name in names.values():
        assert "/" not in name and ".." not in name and not name.startswith(".")
        assert len(name) <= 120
    assert names["../../etc/passwd.md"] == "etc__passwd.md"
    assert output_names(rels) == names  # stable across runs


def test_title_family_drops_version_date_and_stage_tokens() -> None:
    same = [
        "a/northgate-claims-plan-v1.docx",
        "b/Northgate Claims Plan v2 (final).pdf",
        "c/northgate_claims_plan_DRAFT_2025-03-01.md",
        "d/Copy of northgate-claims-plan (1).pdf",
        "e/northgate-claims-plan-fy26-rev3.pptx",
    ]
    assert {title_family(rel) for rel in same} == {"northgate-claims-plan"}
    assert title_family("x/harbourline-hotels-ai.md") != title_family("x/northgate-claims-plan.md")


def test_families_are_ordered_oldest_first() -> None:
    rels = [
        "z/plan-final.docx",
        "z/plan-v2.docx",
        "z/plan-v1.docx",
        "z/other.md",
        "y/2025/budget.pdf",
        "y/2024/budget.pdf",
    ]
    families = version_families(rels)
    assert families == {
        "budget": ["y/2024/budget.pdf", "y/2025/budget.pdf"],
        "plan": ["z/plan-v1.docx", "z/plan-v2.docx", "z/plan-final.docx"],
    }
