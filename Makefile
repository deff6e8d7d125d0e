# Kizuna: the front door. `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

# The build needs a JDK 21+; the machine's default java may be older, so find one.
JAVA_HOME := $(shell bin/find-jdk)
ifeq ($(strip $(JAVA_HOME)),)
$(error No JDK 21 or newer found. Install one or set JAVA_HOME)
endif
export JAVA_HOME
JAVA := $(JAVA_HOME)/bin/java
MVN := ./mvnw -B -ntp
LAUNCHER := $(JAVA) -Dkizuna.root=$(CURDIR) -cp local/stack/target/kizuna-local-stack.jar jp.kizuna.localstack.LocalStackCli

ROLE ?= city-staff
ORG ?=
AS ?=
PASSWORD ?=

IMAGE_MODULES := services/organization-registry,services/kpi-evaluation,services/subsidy-budget,services/events-workshops,gateway,web
IMAGE_REGISTRY ?=
IMAGE_TAG ?=

.PHONY: FORCE help build run stop status token test unit-test bench drill images clean clean-data

help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

# `make run`, `make bench` and `make drill` run Maven only when something it builds from changed:
# every pom.xml, .mvn/ and every module's src/main (a file newer than the stamp), or a jar the
# launcher or the bench needs is missing (a fresh clone, `./mvnw clean`, which also removes the
# stamp in target/). `make build` always runs Maven. The stamp is taken before Maven starts, so a
# file saved during a build is newer than it and the next `make run` builds again; a file deleted
# since the last build (its list is kept beside the stamp) builds again too.
BUILD_STAMP := target/.kizuna-built
BUILD_INPUTS := $(shell find . \( -name target -o -name node_modules -o -name .kizuna -o -name .git \) -prune \
  -o \( -name pom.xml -o -path '*/src/main/*' -o -path './.mvn/*' \) -type f -print)
LAUNCH_JARS := local/stack/target/kizuna-local-stack.jar local/kafka-broker/target/lib \
  local/mongo-server/target/kizuna-local-mongo-server.jar local/auth-server/target/kizuna-local-auth-server.jar \
  $(foreach s,organization-registry kpi-evaluation subsidy-budget events-workshops,services/$(s)/target/kizuna-$(s).jar) \
  gateway/target/kizuna-gateway.jar web/target/kizuna-web.jar bench/target/kizuna-bench.jar bench/target/lib
LAUNCH_JARS_MISSING := $(filter-out $(wildcard $(LAUNCH_JARS)),$(LAUNCH_JARS))
# the inputs of the last build: a file deleted (or added with an old time) since then builds again too
BUILD_LIST := target/.kizuna-inputs
KNOWN_INPUTS := $(if $(wildcard $(BUILD_LIST)),$(file <$(BUILD_LIST)))
INPUTS_CHANGED := $(if $(filter-out $(KNOWN_INPUTS),$(BUILD_INPUTS))$(filter-out $(BUILD_INPUTS),$(KNOWN_INPUTS)),yes)

define package
	@mkdir -p target && touch $(BUILD_STAMP).next
	$(MVN) -q package -DskipTests
	@mv -f $(BUILD_STAMP).next $(BUILD_STAMP)
	@printf '%s ' $(BUILD_INPUTS) > $(BUILD_LIST)
endef

build: ## Compile and package every module (no tests)
	$(package)

$(BUILD_STAMP): $(BUILD_INPUTS) $(if $(LAUNCH_JARS_MISSING)$(INPUTS_CHANGED),FORCE)
	$(package)

FORCE:

run: $(BUILD_STAMP) ## Run the whole platform locally on embedded Kafka and MongoDB (Ctrl-C stops it); builds first when a source changed
	@$(LAUNCHER) run

stop: ## Stop a platform started with `make run` (also one whose launcher was killed)
	@$(LAUNCHER) stop

status: ## Show which local components are running
	@$(LAUNCHER) status

token: ## Print a bearer token: make token ROLE=city-staff [ORG=<organization id>], or a person's: make token AS=<e-mail> PASSWORD=<password>
	@if [ -n "$(AS)" ]; then KIZUNA_PASSWORD='$(PASSWORD)' $(LAUNCHER) token-as '$(AS)'; else $(LAUNCHER) token $(ROLE) $(ORG); fi

test: ## Run every test: unit, integration (real Kafka + MongoDB) and end-to-end
	$(MVN) verify

unit-test: ## Run the unit tests only (fast)
	$(MVN) test

BENCH := $(JAVA) -Dkizuna.root=$(CURDIR) -cp "bench/target/kizuna-bench.jar:bench/target/lib/*"

bench: $(BUILD_STAMP) ## Measure the platform on loopback, portal pages first (about 25 min; KIZUNA_BENCH_SCENARIOS=web-pages: 10): JSON and Markdown in bench/results
	@bin/bench-tools
	@$(BENCH) jp.kizuna.bench.BenchMain

drill: $(BUILD_STAMP) ## Break the platform on purpose (broker and service kills, partner webhooks, poison message, fuzzing; about 15 min); exits 1 if an invariant breaks
	@$(BENCH) jp.kizuna.bench.DrillMain

images: ## Build the six OCI images with Jib: pushed to IMAGE_REGISTRY=<registry> [IMAGE_TAG=<tag>], or into a local Docker daemon
	@if [ -n "$(IMAGE_REGISTRY)" ]; then \
	  $(MVN) -pl $(IMAGE_MODULES) -am package jib:build -DskipTests -Dkizuna.image.registry=$(IMAGE_REGISTRY) \
	    $(if $(IMAGE_TAG),-Dkizuna.image.tag=$(IMAGE_TAG)); \
	elif command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then \
	  $(MVN) -pl $(IMAGE_MODULES) -am package jib:dockerBuild -DskipTests $(if $(IMAGE_TAG),-Dkizuna.image.tag=$(IMAGE_TAG)); \
	else \
	  echo "make images needs a registry (IMAGE_REGISTRY=registry.example/kizuna) or a Docker daemon; neither is here."; \
	  echo "Jib pulls the base image $$(./mvnw -q help:evaluate -Dexpression=kizuna.image.base -DforceStdout 2>/dev/null) from its registry."; \
	  exit 2; \
	fi

clean: ## Remove build outputs
	$(MVN) -q clean

clean-data: ## Delete the local stack's data (Kafka topics, MongoDB file, logs); the stack must be stopped
	@$(LAUNCHER) stop >/dev/null
	rm -rf .kizuna
