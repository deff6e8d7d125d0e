{{- /* The HorizontalPodAutoscaler (when autoscaling is on) of one workload, from the context the loop in workloads.yaml makes for it. */ -}}
{{- define "kizuna.workload.horizontalPodAutoscaler" }}
{{- $root := .root }}{{- $name := .name }}{{- $w := .w }}{{- $fullName := .fullName }}
{{- if $w.autoscaling.enabled }}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{ $fullName }}
  labels:
    {{- include "kizuna.workloadLabels" (dict "root" $root "name" $name) | nindent 4 }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ $fullName }}
  minReplicas: {{ $w.autoscaling.minReplicas }}
  maxReplicas: {{ $w.autoscaling.maxReplicas }}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: {{ $w.autoscaling.targetCPUUtilizationPercentage }}
{{- end }}
{{- end }}
