{{- /* The Service of one workload, from the context the loop in workloads.yaml makes for it. */ -}}
{{- define "kizuna.workload.service" }}
{{- $root := .root }}{{- $name := .name }}{{- $w := .w }}{{- $fullName := .fullName }}{{- $isGateway := .isGateway }}
---
apiVersion: v1
kind: Service
metadata:
  name: {{ $fullName }}
  labels:
    {{- include "kizuna.workloadLabels" (dict "root" $root "name" $name) | nindent 4 }}
spec:
  type: ClusterIP
  selector:
    {{- include "kizuna.selectorLabels" (dict "root" $root "name" $name) | nindent 4 }}
  ports:
    - name: http
      port: {{ $w.port }}
      targetPort: http
      protocol: TCP
    {{- if $isGateway }}
    - name: management
      port: {{ $w.managementPort }}
      targetPort: management
      protocol: TCP
    {{- end }}
{{- end }}
