"""Agreement between annotators: pure functions over model objects and integer label arrays.

No database, no Qt (DESIGN.md: `agreement/` works on `model` objects). The entry point is
`agreement_report`; the coefficients, span matching and unitizing alpha are usable on their own.
`annotator.core.project_agreement` builds the inputs from a project.
"""

from annotator.core.agreement.coefficients import (
    category_counts,
    cohen_kappa,
    cohen_kappa_by_group,
    coincidences,
    confusion,
    fleiss_kappa,
    gwet_ac1,
    gwet_ac1_counts,
    krippendorff_alpha,
)
from annotator.core.agreement.entities import EntityAgreement, entity_agreement
from annotator.core.agreement.events import EventAgreement, compare_events, event_agreement
from annotator.core.agreement.inputs import Compared, DocumentInput, LayerAnnotations, compared_documents
from annotator.core.agreement.label_confusion import NONE_LABEL, ConfusionCell, ConfusionItem, LabelConfusion
from annotator.core.agreement.report import AgreementReport, ComparedDocument, agreement_report
from annotator.core.agreement.spans import LabeledSpan, match_spans, span_prf, token_labels
from annotator.core.agreement.stances import StanceAgreement, evidence_jaccard, stance_agreement
from annotator.core.agreement.unitizing import Disagreement, UnitizingStudy, combined_alpha, unitizing_alpha
from annotator.core.agreement.values import PRF

__all__ = [
    "NONE_LABEL",
    "PRF",
    "AgreementReport",
    "Compared",
    "ComparedDocument",
    "ConfusionCell",
    "ConfusionItem",
    "Disagreement",
    "DocumentInput",
    "EntityAgreement",
    "EventAgreement",
    "LabelConfusion",
    "LabeledSpan",
    "LayerAnnotations",
    "StanceAgreement",
    "UnitizingStudy",
    "agreement_report",
    "category_counts",
    "cohen_kappa",
    "cohen_kappa_by_group",
    "coincidences",
    "combined_alpha",
    "compare_events",
    "compared_documents",
    "confusion",
    "entity_agreement",
    "event_agreement",
    "evidence_jaccard",
    "fleiss_kappa",
    "gwet_ac1",
    "gwet_ac1_counts",
    "krippendorff_alpha",
    "match_spans",
    "span_prf",
    "stance_agreement",
    "token_labels",
    "unitizing_alpha",
]
