{{- /* The NetworkPolicy (when network policies are on) of one workload, from the context the loop in workloads.yaml makes for it. */ -}}
{{- define "kizuna.workload.networkPolicy" }}
{{- $root := .root }}
{{- $name := .name }}
{{- $w := .w }}
{{- $fullName := .fullName }}
{{- $isGateway := .isGateway }}
{{- $isWeb := .isWeb }}
{{- $healthPort := .healthPort }}
{{- $webSessions := .webSessions }}
{{- if $root.Values.networkPolicy.enabled }}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {{ $fullName }}
  labels:
    {{- include "kizuna.workloadLabels" (dict "root" $root "name" $name) | nindent 4 }}
spec:
  podSelector:
    matchLabels:
      {{- include "kizuna.selectorLabels" (dict "root" $root "name" $name) | nindent 6 }}
  policyTypes: [Ingress, Egress]
  ingress:
    {{- if $isGateway }}
    # clients reach the gateway through the ingress controller only
    - from:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: {{ $root.Values.networkPolicy.ingressControllerNamespace }}
      ports:
        - port: {{ $w.port }}
          protocol: TCP
    # and `helm test` checks it answers
    - from:
        - podSelector:
            matchLabels:
              kizuna.city/helm-test: "true"
      ports:
        - port: {{ $w.port }}
          protocol: TCP
    {{- range $caller, $c := $root.Values.workloads }}
    {{- if and $c.enabled (eq $c.role "web") }}
    # the web's pages call the public API through the gateway
    - from:
        - podSelector:
            matchLabels:
              {{- include "kizuna.selectorLabels" (dict "root" $root "name" $caller) | nindent 14 }}
      ports:
        - port: {{ $w.port }}
          protocol: TCP
    {{- end }}
    {{- end }}
    {{- else }}
    # a service, and the web, are called by the gateway only
    - from:
        - podSelector:
            matchLabels:
              {{- include "kizuna.selectorLabels" (dict "root" $root "name" "gateway") | nindent 14 }}
      ports:
        - port: {{ $w.port }}
          protocol: TCP
    {{- end }}
    # metrics are scraped from the monitoring namespace
    - from:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: {{ $root.Values.networkPolicy.monitoringNamespace }}
      ports:
        - port: {{ $healthPort }}
          protocol: TCP
  egress:
    # DNS
    - to:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: kube-system
      ports:
        - port: 53
          protocol: UDP
        - port: 53
          protocol: TCP
    {{- if $isWeb }}
    # the OIDC issuer: discovery, keys, tokens (its addresses share the list with the Kubernetes API, which the web never calls)
    - to:
        {{- range $root.Values.networkPolicy.apiServerAndIssuerCidrs }}
        - ipBlock:
            cidr: {{ . }}
        {{- end }}
      ports:
        - port: 443
          protocol: TCP
    # the public API, through the gateway
    - to:
        - podSelector:
            matchLabels:
              {{- include "kizuna.selectorLabels" (dict "root" $root "name" "gateway") | nindent 14 }}
      ports:
        - port: {{ $root.Values.workloads.gateway.port }}
          protocol: TCP
    {{- if eq $webSessions "mongodb" }}
    # the sessions' store
    - to:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: {{ $root.Values.mongodb.namespace }}
      ports:
        - port: {{ $root.Values.mongodb.port }}
          protocol: TCP
    {{- end }}
    {{- else }}
    # the Kubernetes API (Spring Cloud Kubernetes reads and watches the ConfigMap) and the token issuer's keys
    - to:
        {{- range $root.Values.networkPolicy.apiServerAndIssuerCidrs }}
        - ipBlock:
            cidr: {{ . }}
        {{- end }}
      ports:
        - port: 443
          protocol: TCP
        - port: 6443
          protocol: TCP
    # Kafka: the services publish and consume, the gateway reads the API-key topic
    - to:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: {{ $root.Values.kafka.namespace }}
      ports:
        {{- range $root.Values.kafka.ports }}
        - port: {{ . }}
          protocol: TCP
        {{- end }}
    {{- if $isGateway }}
    # the gateway calls the services and the web
    {{- range $target, $t := $root.Values.workloads }}
    {{- if and $t.enabled (ne $t.role "gateway") }}
    - to:
        - podSelector:
            matchLabels:
              {{- include "kizuna.selectorLabels" (dict "root" $root "name" $target) | nindent 14 }}
      ports:
        - port: {{ $t.port }}
          protocol: TCP
    {{- end }}
    {{- end }}
    {{- else }}
    # a service talks to MongoDB
    - to:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: {{ $root.Values.mongodb.namespace }}
      ports:
        - port: {{ $root.Values.mongodb.port }}
          protocol: TCP
    {{- if and (eq $name "events-workshops") $root.Values.networkPolicy.webhooks.enabled }}
    # partners' webhooks: HTTPS to public addresses only, never into the cluster or a private network (the
    # service also checks each address before it calls; this is what holds if a name changes its answer)
    - to:
        - ipBlock:
            cidr: 0.0.0.0/0
            except:
              {{- range $root.Values.networkPolicy.webhooks.exceptCidrs }}
              {{- if not (contains ":" .) }}
              - {{ . }}
              {{- end }}
              {{- end }}
        - ipBlock:
            cidr: ::/0
            except:
              {{- range $root.Values.networkPolicy.webhooks.exceptCidrs }}
              {{- if contains ":" . }}
              - {{ . | quote }}
              {{- end }}
              {{- end }}
      ports:
        - port: 443
          protocol: TCP
    {{- end }}
    {{- end }}
    {{- end }}
{{- end }}
{{- end }}
