{{/* Chart name, possibly overridden. */}}
{{- define "kea-cars.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Release-scoped name. Leaves room for the longest service suffix ("-public-query", 13 characters) so that every
object name stays within 63 characters.
*/}}
{{- define "kea-cars.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 50 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 50 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 50 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "kea-cars.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Name of one service's objects. Call with (dict "root" $ "name" "command-side"). */}}
{{- define "kea-cars.componentName" -}}
{{- printf "%s-%s" (include "kea-cars.fullname" .root) .name | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Selector labels of one service. Call with (dict "root" $ "name" "command-side"). */}}
{{- define "kea-cars.selectorLabels" -}}
app.kubernetes.io/name: {{ include "kea-cars.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .name }}
{{- end }}

{{/* All labels of one service. Call with (dict "root" $ "name" "command-side"). */}}
{{- define "kea-cars.labels" -}}
helm.sh/chart: {{ include "kea-cars.chart" .root }}
{{ include "kea-cars.selectorLabels" . }}
app.kubernetes.io/part-of: kea-cars
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
{{- end }}

{{/* Labels of chart-wide objects (Ingress, HTTPRoute). */}}
{{- define "kea-cars.commonLabels" -}}
helm.sh/chart: {{ include "kea-cars.chart" . }}
app.kubernetes.io/name: {{ include "kea-cars.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/part-of: kea-cars
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/* Image reference of one service. Call with (dict "root" $ "svc" $svc). */}}
{{- define "kea-cars.image" -}}
{{- $tag := .svc.image.tag | default .root.Values.image.tag | default .root.Chart.AppVersion -}}
{{- printf "%s:%s" (required "services.<name>.image.repository is required" .svc.image.repository) $tag }}
{{- end }}

{{/* Fails rendering when a route points at a service that is not enabled. Call with (dict "root" $ "name" "x"). */}}
{{- define "kea-cars.requireService" -}}
{{- $svc := index .root.Values.services .name | default dict -}}
{{- if not $svc.enabled -}}
{{- fail (printf "route target %q is not an enabled entry of .Values.services" .name) -}}
{{- end -}}
{{- end }}
