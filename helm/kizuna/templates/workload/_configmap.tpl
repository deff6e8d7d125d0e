{{- /*
The ConfigMap of one workload, from the context the loop in workloads.yaml makes for it: the web's
environment variables, or the application.yaml a service or the gateway reads through Spring Cloud Kubernetes.
*/ -}}
{{- define "kizuna.workload.configMap" }}
{{- $root := .root }}
{{- $name := .name }}
{{- $fullName := .fullName }}
{{- $isWeb := .isWeb }}
{{- $webEnvironment := .webEnvironment }}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ $fullName }}
  labels:
    {{- include "kizuna.workloadLabels" (dict "root" $root "name" $name) | nindent 4 }}
data:
  {{- if $isWeb }}
  {{- $webEnvironment | nindent 2 }}
  {{- else }}
  application.yaml: |
    {{- include "kizuna.workload.applicationYaml" . | nindent 4 }}
  {{- end }}
{{- end }}

{{- /*
The application.yaml of a service or the gateway: the chart's settings (issuer, audience and keys; Kafka; for a
service its MongoDB database, topic declarations and public URL; for the gateway CORS and the trusted proxies),
overwritten by the workload's own `config` values.
*/ -}}
{{- define "kizuna.workload.applicationYaml" -}}
{{- $root := .root }}{{- $w := .w }}
{{- $base := dict }}
{{- if .isGateway }}
{{- $edge := dict "issuer-uri" $root.Values.oidc.issuerUri "audience" $root.Values.oidc.audience }}
{{- if $root.Values.oidc.jwkSetUri }}{{- $_ := set $edge "jwk-set-uri" $root.Values.oidc.jwkSetUri }}{{- end }}
{{- $cors := dict "allowed-origins" (join "," $root.Values.webOrigins) "max-age" 3600
      "allowed-methods" (list "GET" "HEAD" "POST" "PUT" "DELETE" "OPTIONS")
      "allowed-headers" (list "Authorization" "Content-Type" "If-Match" "Accept" "traceparent" "tracestate" "X-Request-Id")
      "exposed-headers" (list "ETag" "Location" "Retry-After" "X-Request-Id") }}
{{- $webflux := dict "trusted-proxies" $root.Values.ingress.trustedProxies "globalcors" (dict "cors-configurations" (dict "[/api/**]" $cors)) }}
{{- $spring := dict "kafka" (dict "bootstrap-servers" $root.Values.kafka.bootstrapServers)
      "cloud" (dict "gateway" (dict "server" (dict "webflux" $webflux))) }}
{{- $base = dict "kizuna" (dict "edge" $edge) "spring" $spring }}
{{- else }}
{{- $oidc := dict "issuer-uri" $root.Values.oidc.issuerUri "audiences" $root.Values.oidc.audience }}
{{- if $root.Values.oidc.jwkSetUri }}{{- $_ := set $oidc "jwk-set-uri" $root.Values.oidc.jwkSetUri }}{{- end }}
{{- $spring := dict "kafka" (dict "bootstrap-servers" $root.Values.kafka.bootstrapServers) "mongodb" (dict "database" $w.database)
      "security" (dict "oauth2" (dict "resourceserver" (dict "jwt" $oidc))) }}
{{- $kafka := dict "declare" false "partitions" $root.Values.kafka.partitions "replication-factor" $root.Values.kafka.replicationFactor }}
{{- $base = dict "spring" $spring "kizuna" (dict "kafka" $kafka "api" (dict "public-url" (include "kizuna.publicUrl" $root))) }}
{{- end }}
{{- toYaml (mustMergeOverwrite $base (deepCopy ($w.config | default dict))) }}
{{- end }}
