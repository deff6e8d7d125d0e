{{- /* The ServiceAccount of one workload, from the context the loop in workloads.yaml makes for it. */ -}}
{{- define "kizuna.workload.serviceAccount" }}
{{- $root := .root }}{{- $name := .name }}{{- $fullName := .fullName }}{{- $isWeb := .isWeb }}
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: {{ $fullName }}
  labels:
    {{- include "kizuna.workloadLabels" (dict "root" $root "name" $name) | nindent 4 }}
# the web never calls the Kubernetes API
automountServiceAccountToken: {{ not $isWeb }}
{{- end }}
