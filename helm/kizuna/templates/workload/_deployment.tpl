{{- /* The Deployment of one workload, from the context the loop in workloads.yaml makes for it. */ -}}
{{- define "kizuna.workload.deployment" }}
{{- $root := .root }}
{{- $name := .name }}
{{- $w := .w }}
{{- $fullName := .fullName }}
{{- $isGateway := .isGateway }}
{{- $isWeb := .isWeb }}
{{- $healthPort := .healthPort }}
{{- $webEnvironment := .webEnvironment }}
{{- $webSessions := .webSessions }}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ $fullName }}
  labels:
    {{- include "kizuna.workloadLabels" (dict "root" $root "name" $name) | nindent 4 }}
spec:
  {{- if not $w.autoscaling.enabled }}
  replicas: {{ $w.replicas }}
  {{- end }}
  revisionHistoryLimit: 5
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxUnavailable: 0
      maxSurge: 1
  selector:
    matchLabels:
      {{- include "kizuna.selectorLabels" (dict "root" $root "name" $name) | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "kizuna.workloadLabels" (dict "root" $root "name" $name) | nindent 8 }}
      {{- if $isWeb }}
      annotations:
        # the web reads its settings once, at start: a changed ConfigMap rolls its pods
        checksum/config: {{ $webEnvironment | sha256sum }}
      {{- end }}
    spec:
      serviceAccountName: {{ $fullName }}
      {{- with $root.Values.global.imagePullSecrets }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      securityContext:
        runAsNonRoot: true
        runAsUser: {{ $root.Values.podSecurity.runAsUser }}
        runAsGroup: {{ $root.Values.podSecurity.runAsUser }}
        fsGroup: {{ $root.Values.podSecurity.runAsUser }}
        seccompProfile:
          type: RuntimeDefault
      terminationGracePeriodSeconds: 45
      topologySpreadConstraints:
        - maxSkew: 1
          topologyKey: kubernetes.io/hostname
          whenUnsatisfiable: ScheduleAnyway
          labelSelector:
            matchLabels:
              {{- include "kizuna.selectorLabels" (dict "root" $root "name" $name) | nindent 14 }}
        - maxSkew: 1
          topologyKey: topology.kubernetes.io/zone
          whenUnsatisfiable: ScheduleAnyway
          labelSelector:
            matchLabels:
              {{- include "kizuna.selectorLabels" (dict "root" $root "name" $name) | nindent 14 }}
      containers:
        - name: {{ $name }}
          image: {{ include "kizuna.image" (dict "root" $root "workload" $w) | quote }}
          imagePullPolicy: IfNotPresent
          ports:
            - name: http
              containerPort: {{ $w.port }}
              protocol: TCP
            {{- if $isGateway }}
            - name: management
              containerPort: {{ $w.managementPort }}
              protocol: TCP
            {{- end }}
          {{- if $isWeb }}
          envFrom:
            - configMapRef:
                name: {{ $fullName }}
          {{- end }}
          env:
            {{- if $isWeb }}
            - name: WEB_PORT
              value: {{ $w.port | quote }}
            # the mounted Secrets below, as properties
            - name: SPRING_CONFIG_IMPORT
              value: optional:configtree:/etc/kizuna/secrets/
            {{- else }}
            - name: SPRING_PROFILES_ACTIVE
              value: kubernetes
            - name: SERVER_PORT
              value: {{ $w.port | quote }}
            - name: SPRING_CLOUD_KUBERNETES_CONFIG_NAME
              value: {{ $fullName }}
            - name: SPRING_CLOUD_KUBERNETES_CONFIG_NAMESPACE
              valueFrom:
                fieldRef:
                  fieldPath: metadata.namespace
            {{- end }}
            - name: JAVA_TOOL_OPTIONS
              value: {{ $root.Values.javaToolOptions | quote }}
            {{- if $isGateway }}
            - name: MANAGEMENT_SERVER_PORT
              value: {{ $w.managementPort | quote }}
            {{- range $target, $t := $root.Values.workloads }}
            {{- if and $t.enabled (ne $t.role "gateway") }}
            - name: {{ $t.routeVariable }}
              value: {{ printf "http://%s:%v" (include "kizuna.workloadName" (dict "root" $root "name" $target)) $t.port | quote }}
            {{- end }}
            {{- end }}
            {{- end }}
            {{- with $w.env }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
          startupProbe:
            httpGet:
              path: /actuator/health/liveness
              port: {{ $healthPort }}
            periodSeconds: 5
            failureThreshold: 36
          livenessProbe:
            httpGet:
              path: /actuator/health/liveness
              port: {{ $healthPort }}
            periodSeconds: 10
            failureThreshold: 3
          readinessProbe:
            httpGet:
              path: /actuator/health/readiness
              port: {{ $healthPort }}
            periodSeconds: 5
            failureThreshold: 3
          resources:
            {{- toYaml $w.resources | nindent 12 }}
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            runAsNonRoot: true
            capabilities:
              drop: ["ALL"]
          volumeMounts:
            - name: tmp
              mountPath: /tmp
            - name: secrets
              mountPath: /etc/kizuna/secrets
              readOnly: true
      volumes:
        - name: tmp
          emptyDir:
            sizeLimit: 256Mi
        # read as a config tree: each file name is a property, its content the value
        - name: secrets
          projected:
            defaultMode: 0440
            sources:
              {{- if $isGateway }}
              # the key the gateway signs partner tokens with (docs/security.md)
              - secret:
                  name: {{ $root.Values.gatewayToken.existingSecret }}
                  items:
                    - key: {{ $root.Values.gatewayToken.privateKeyKey }}
                      path: kizuna.edge.api-keys.signing-key
              {{- else if $isWeb }}
              # the web's client secret at the OIDC issuer (docs/operations.md)
              - secret:
                  name: {{ required "web.clientSecret.existingSecret names the Secret with the web's client secret; create it as docs/operations.md describes" $root.Values.web.clientSecret.existingSecret }}
                  items:
                    - key: {{ $root.Values.web.clientSecret.key }}
                      path: spring.security.oauth2.client.registration.kizuna.client-secret
              {{- if eq $webSessions "mongodb" }}
              # the sessions' store, when they are kept in MongoDB (several replicas)
              - secret:
                  name: {{ $root.Values.mongodb.existingSecret }}
                  items:
                    - key: {{ $root.Values.mongodb.uriKey }}
                      path: spring.mongodb.uri
              {{- end }}
              {{- else }}
              - secret:
                  name: {{ $root.Values.mongodb.existingSecret }}
                  items:
                    - key: {{ $root.Values.mongodb.uriKey }}
                      path: spring.mongodb.uri
              # the gateway's public key, to verify the tokens it signs for partner API keys
              - secret:
                  name: {{ $root.Values.gatewayToken.existingSecret }}
                  items:
                    - key: {{ $root.Values.gatewayToken.publicKeyKey }}
                      path: kizuna.security.gateway-token.public-key
              {{- end }}
{{- end }}
