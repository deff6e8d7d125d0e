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
