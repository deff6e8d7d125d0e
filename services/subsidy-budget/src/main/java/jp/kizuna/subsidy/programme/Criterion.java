package jp.kizuna.subsidy.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A screening criterion with its weight; reviewers score each application 0–5 on it. */
public record Criterion(@NotBlank @Size(max = 100) String name, @Positive int weight) {
}
