package jp.kizuna.events.event;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jp.kizuna.platform.text.MultiLineText;

/** What taking part costs: the basic fee in yen (0 when free) and details such as 「資料代として」. */
public record Fee(@Min(0) @Max(10_000_000) int basicYen, @MultiLineText @Size(max = 500) String detail) {

    public static final Fee FREE = new Fee(0, null);

    public boolean free() {
        return basicYen == 0;
    }
}
