{{/*
Names and labels, one home for each (bitnami style).
*/}}
{{- define "kizuna.name" -}}
{{- .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "kizuna.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{/* The name of one workload's objects: <fullname>-<workload>. Call with (dict "root" $ "name" $name). */}}
{{- define "kizuna.workloadName" -}}
{{- printf "%s-%s" (include "kizuna.fullname" .root) .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "kizuna.commonLabels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
app.kubernetes.io/part-of: kizuna
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{/* Labels of objects that belong to the release as a whole. */}}
{{- define "kizuna.labels" -}}
{{ include "kizuna.commonLabels" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{/* Labels of one workload's objects. Call with (dict "root" $ "name" $name). */}}
{{- define "kizuna.workloadLabels" -}}
{{ include "kizuna.commonLabels" .root }}
{{ include "kizuna.selectorLabels" . }}
{{- end -}}

{{/* Labels that select one workload's pods. Call with (dict "root" $ "name" $name). */}}
{{- define "kizuna.selectorLabels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{/* The image of a workload: registry/repository:tag, the tag defaulting to the release's. */}}
{{- define "kizuna.image" -}}
{{- $registry := .root.Values.global.imageRegistry -}}
{{- $tag := .workload.image.tag | default .root.Values.global.imageTag -}}
{{- if $registry -}}
{{- printf "%s/%s:%s" $registry .workload.image.repository $tag -}}
{{- else -}}
{{- printf "%s:%s" .workload.image.repository $tag -}}
{{- end -}}
{{- end -}}

{{/* Whether ServiceMonitors are rendered: "true", or "auto" when the Prometheus operator's API exists. */}}
{{- define "kizuna.serviceMonitors" -}}
{{- $enabled := toString .Values.serviceMonitor.enabled -}}
{{- if or (eq $enabled "true") (and (eq $enabled "auto") (.Capabilities.APIVersions.Has "monitoring.coreos.com/v1/ServiceMonitor")) -}}
true
{{- end -}}
{{- end -}}

{{/*
Where the web keeps its sessions: "memory" or "mongodb". `auto` means MongoDB as soon as more than one
pod may serve a person (replicas > 1 or autoscaling), since a session in one pod's memory is unknown to
the others; the schema refuses `memory` for a web that runs several pods. Call with the workload.
*/}}
{{- define "kizuna.webSessions" -}}
{{- $scaledOut := or .autoscaling.enabled (gt (int .replicas) 1) -}}
{{- if eq .sessions "auto" -}}
{{- ternary "mongodb" "memory" $scaledOut -}}
{{- else -}}
{{- .sessions -}}
{{- end -}}
{{- end -}}

{{/*
The web's settings (its configuration contract is environment variables; it reads no ConfigMap through
the Kubernetes API): the non-secret ones, rendered into its ConfigMap. Call with (dict "root" $ "workload" $w).
*/}}
{{- define "kizuna.webEnvironment" -}}
{{- $root := .root -}}
{{- $w := .workload -}}
{{- $gateway := $root.Values.workloads.gateway -}}
{{- if not $gateway.enabled -}}
{{- fail "workloads.web needs the gateway (workloads.gateway.enabled): the pages are served behind it and call the API through it" -}}
{{- end -}}
{{- $sessions := include "kizuna.webSessions" $w -}}
KIZUNA_ISSUER_URI: {{ $root.Values.oidc.issuerUri | quote }}
KIZUNA_WEB_CLIENT_ID: {{ $root.Values.web.clientId | quote }}
KIZUNA_PUBLIC_API_URL: {{ printf "http://%s:%v" (include "kizuna.workloadName" (dict "root" $root "name" "gateway")) $gateway.port | quote }}
KIZUNA_SECURE_COOKIES: "true"
KIZUNA_ACCOUNT_URL: {{ $root.Values.web.accountUrl | default (printf "%s/account" (trimSuffix "/" $root.Values.oidc.issuerUri)) | quote }}
KIZUNA_WEB_SESSIONS: {{ $sessions | quote }}
{{- if eq $sessions "mongodb" }}
SPRING_MONGODB_DATABASE: {{ $w.database | quote }}
{{- end }}
{{- with $w.config }}
SPRING_APPLICATION_JSON: {{ toJson . | quote }}
{{- end }}
{{- end -}}

{{/*
The address integrators reach the API at, named as the only server of the OpenAPI documents: the Ingress's
host over HTTPS, or without an Ingress the gateway's Service inside the cluster.
*/}}
{{- define "kizuna.publicUrl" -}}
{{- if .Values.ingress.enabled -}}
{{- printf "https://%s" .Values.ingress.host -}}
{{- else -}}
{{- printf "http://%s:%v" (include "kizuna.workloadName" (dict "root" . "name" "gateway")) .Values.workloads.gateway.port -}}
{{- end -}}
{{- end -}}
