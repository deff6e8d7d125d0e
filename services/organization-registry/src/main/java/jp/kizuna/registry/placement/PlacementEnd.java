package jp.kizuna.registry.placement;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kizuna.platform.text.MultiLineText;
import jp.kizuna.platform.time.HistoricDate;

/** Body of {@code POST /api/registry/placements/{id}/end}. */
public record PlacementEnd(HistoricDate endedOn, @NotNull PlacementOutcome outcome, @MultiLineText @Size(max = 2000) String note) {
}
