{{- /* The ServiceMonitor (when the Prometheus operator is there) of one workload, from the context the loop in workloads.yaml makes for it. */ -}}
{{- define "kizuna.workload.serviceMonitor" }}
{{- $root := .root }}{{- $name := .name }}{{- $fullName := .fullName }}{{- $isGateway := .isGateway }}
{{- if include "kizuna.serviceMonitors" $root }}
---
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: {{ $fullName }}
  labels:
    {{- include "kizuna.workloadLabels" (dict "root" $root "name" $name) | nindent 4 }}
spec:
  selector:
    matchLabels:
      {{- include "kizuna.selectorLabels" (dict "root" $root "name" $name) | nindent 6 }}
  endpoints:
    - port: {{ ternary "management" "http" $isGateway }}
      path: /actuator/prometheus
      interval: {{ $root.Values.serviceMonitor.interval }}
{{- end }}
{{- end }}
