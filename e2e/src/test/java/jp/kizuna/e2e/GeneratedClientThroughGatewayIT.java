package jp.kizuna.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.kizuna.platform.testing.ApiClient;
import jp.kizuna.platform.testing.OpenApiStandards;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an integrator does with the registry's API: take the OpenAPI document the gateway publishes, generate a
 * TypeScript client from it with OpenAPI Generator (validation on), compile it with the TypeScript compiler in
 * strict mode, and call the platform with it — at the address the document names, which must be the gateway's,
 * with a bearer token where the document says one is needed. The client registers an organization, reads it back
 * and finds it in the paged list; without a token the same call is refused with the 401 the document declares.
 * The document says a registration answers 201, as it does.
 * Skipped, with a message, on a machine without Node.js.
 */
@ExtendWith(RunningStack.class)
class GeneratedClientThroughGatewayIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static final String CALL = """
            import { Configuration, OrganizationControllerApi, ResponseError } from './client';

            // the little of Node.js this script uses (no @types/node needed)
            declare const process: { env: Record<string, string | undefined>; exit(code: number): never };

            async function main(): Promise<void> {
              const registration = {
                name: process.env.KIZUNA_NAME!,
                nameKana: 'あいづつながりくらぶ',
                kind: 'COMMUNITY_GROUP' as const,
                districts: ['一箕'],
                legalForm: 'VOLUNTARY_ASSOCIATION' as const,
              };
              const signedIn = new OrganizationControllerApi(new Configuration({ accessToken: process.env.KIZUNA_TOKEN! }));
              const created = await signedIn.registerOrganization({ registerOrganizationRequest: registration });
              const read = await signedIn.getOrganization({ id: created.id! });
              const page = await signedIn.listOrganizations({ q: registration.name, size: 50 });
              let anonymous = 0;
              try {
                await new OrganizationControllerApi(new Configuration()).registerOrganization({ registerOrganizationRequest: registration });
              } catch (e) {
                if (e instanceof ResponseError) {
                  anonymous = e.response.status;
                } else {
                  throw e;
                }
              }
              console.log(JSON.stringify({
                id: created.id,
                name: read.name,
                kind: read.kind,
                listed: (page.items ?? []).some((o) => o.id === created.id),
                anonymous,
              }));
            }

            main().catch((e) => { console.error(e); process.exit(1); });
            """;

    static final String TSCONFIG = """
            {"compilerOptions": {"target": "ES2022", "module": "commonjs", "moduleResolution": "node",
              "lib": ["ES2022", "DOM"], "outDir": "dist", "strict": true, "skipLibCheck": true},
             "include": ["client/**/*.ts", "call.ts"]}
            """;

    @Test
    void aTypeScriptClientGeneratedFromThePublishedDocumentWorksThroughTheGateway() throws IOException {
        Path bin = OpenApiStandards.installedTools("the generated client's calls through the gateway");
        ApiClient gateway = RunningStack.gateway();
        ApiClient.Response document = gateway.get("/api/docs/registry");
        assertThat(document.status()).isEqualTo(200);
        JsonNode registration = JSON.readTree(document.body()).get("paths").get("/api/registry/organizations").get("post");
        assertThat(registration.get("responses").propertyNames()).as("a registration answers 201 Created")
                .contains("201").doesNotContain("200");
        Path work = Path.of("target/generated-client/registry").toAbsolutePath();
        Files.createDirectories(work);
        Path spec = work.resolve("registry.json");
        Files.writeString(spec, document.body(), StandardCharsets.UTF_8);
        Files.writeString(work.resolve("call.ts"), CALL, StandardCharsets.UTF_8);
        Files.writeString(work.resolve("tsconfig.json"), TSCONFIG, StandardCharsets.UTF_8);

        succeeds("openapi-generator typescript-fetch", work.resolve("generate.txt"), bin.getParent().getParent(),
                List.of(bin.resolve("openapi-generator-cli").toString(), "generate", "-g", "typescript-fetch",
                        "-i", spec.toString(), "-o", work.resolve("client").toString()));
        succeeds("tsc", work.resolve("tsc.txt"), work, List.of(bin.resolve("tsc").toString(), "-p", "tsconfig.json"));
        String name = "会津つながりクラブ" + UUID.randomUUID().toString().substring(0, 6);
        Path output = work.resolve("call.txt");
        int exit = OpenApiStandards.run(List.of("node", "dist/call.js"), work, output, Map.of(
                "KIZUNA_NAME", name, "KIZUNA_TOKEN", RunningStack.token("city-staff")));
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(exit).as(printed).isZero();

        JsonNode result = JSON.readTree(printed.lines().filter(line -> line.startsWith("{")).reduce((a, b) -> b).orElseThrow());
        assertThat(result.get("name").asString()).isEqualTo(name);
        assertThat(result.get("kind").asString()).isEqualTo("COMMUNITY_GROUP");
        assertThat(result.get("listed").asBoolean()).as("found in the paged list").isTrue();
        assertThat(result.get("anonymous").asInt()).as("without a token").isEqualTo(401);
        assertThat(gateway.get("/api/registry/organizations/" + result.get("id").asString()).json().get("name").asString())
                .isEqualTo(name);
    }

    private static void succeeds(String what, Path report, Path workDir, List<String> command) throws IOException {
        int exit = OpenApiStandards.run(command, workDir, report);
        assertThat(exit).as(what + ": " + Files.readString(report, StandardCharsets.UTF_8)).isZero();
    }
}
