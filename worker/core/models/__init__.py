"""Published contracts and internal records of the pure core.

One module per family so each stays small; everything a caller needs is re-exported here.
"""

from worker.core.models.base import Contract, Evidence
from worker.core.models.raw import RawStory, Rejection, RejectReason, SourceFormat

__all__ = ["Contract", "Evidence", "RawStory", "Rejection", "RejectReason", "SourceFormat"]
