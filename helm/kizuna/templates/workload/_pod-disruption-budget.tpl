{{- /* The PodDisruptionBudget of one workload, from the context the loop in workloads.yaml makes for it. */ -}}
{{- define "kizuna.workload.podDisruptionBudget" }}
{{- $root := .root }}{{- $name := .name }}{{- $w := .w }}{{- $fullName := .fullName }}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ $fullName }}
  labels:
    {{- include "kizuna.workloadLabels" (dict "root" $root "name" $name) | nindent 4 }}
spec:
  {{- if $w.podDisruptionBudget.minAvailable }}
  minAvailable: {{ $w.podDisruptionBudget.minAvailable }}
  {{- else }}
  maxUnavailable: {{ $w.podDisruptionBudget.maxUnavailable | default 1 }}
  {{- end }}
  selector:
    matchLabels:
      {{- include "kizuna.selectorLabels" (dict "root" $root "name" $name) | nindent 6 }}
{{- end }}
