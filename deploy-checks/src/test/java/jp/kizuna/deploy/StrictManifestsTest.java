package jp.kizuna.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The strict reader itself: a misspelt field or an unmodelled kind fails instead of being ignored. */
class StrictManifestsTest {

    @Test
    void aMisspeltFieldFailsWithItsPath() {
        String yaml = """
                apiVersion: v1
                kind: Pod
                metadata: { name: typo }
                spec:
                  containers:
                    - name: app
                      image: app:1.0
                      securityContext: { readOnlyRootFileSystem: true }
                """;

        assertThatThrownBy(() -> StrictManifests.parse(yaml, "typo.yaml")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("readOnlyRootFileSystem");
    }

    @Test
    void aKindWithoutAModelFails() {
        String yaml = """
                apiVersion: example.com/v1
                kind: Gadget
                metadata: { name: g }
                """;

        assertThatThrownBy(() -> StrictManifests.parse(yaml, "gadget.yaml")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("unknown kind");
    }

    @Test
    void severalDocumentsAreReadInOrder() {
        String yaml = """
                apiVersion: v1
                kind: ConfigMap
                metadata: { name: a }
                ---
                # a comment-only document is skipped
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: { name: b }
                """;

        assertThat(StrictManifests.parse(yaml, "two.yaml")).extracting(o -> o.getMetadata().getName()).containsExactly("a", "b");
    }
}
