# Two commands do everything on a fresh machine with Python 3.11:
#   make run    runs the kamerstukken DAG once (airflow dags test) on samples/
#   make test   runs the test suite
# Both install the locked environment first (uv, from uv.lock).

PYTHON ?= python3
UV_VERSION := 0.13.8
UV := .tools/bin/uv
VENV := .venv
BIN := $(VENV)/bin

export UV_PYTHON_DOWNLOADS := never
export AIRFLOW_HOME ?= $(CURDIR)/airflow_home
export AIRFLOW__CORE__DAGS_FOLDER := $(CURDIR)/dags
export AIRFLOW__CORE__LOAD_EXAMPLES := False
export AIRFLOW__CORE__PARALLELISM ?= 4
export AIRFLOW__API__HOST ?= 127.0.0.1
export AIRFLOW__SCHEDULER__SCHEDULER_HEALTH_CHECK_SERVER_HOST ?= 127.0.0.1
export KAMERDATA_SOURCE ?= $(CURDIR)/samples
export KAMERDATA_OUT ?= $(CURDIR)/output
export KAMERDATA_DATA ?= $(CURDIR)/data

.PHONY: install run test ui bench bench-labelled evaluate model clean

$(UV):
	$(PYTHON) -m venv .tools
	.tools/bin/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(VENV)/.synced: pyproject.toml uv.lock | $(UV)
	$(UV) sync --locked --quiet
	touch $@

install: $(VENV)/.synced

run: install  ## the main job: the DAG once, offline, on samples/
	$(BIN)/airflow db migrate >/dev/null
	$(BIN)/airflow dags test kamerstukken
	@echo; echo "latest release: $$(readlink $(KAMERDATA_OUT)/latest)"; ls $(KAMERDATA_OUT)/latest/

test: install  ## the test suite
	$(BIN)/pytest

ui: install  ## the Airflow UI on http://127.0.0.1:8080 (user admin, password printed at start)
	PATH="$(CURDIR)/$(BIN):$$PATH" airflow standalone

bench: install  ## throughput and memory on a synthetic corpus (N=20 documents by default)
	$(BIN)/python scripts/bench.py --documents $${N:-20}

bench-labelled: install  ## the extractors' speed on the text of every labelled document
	$(BIN)/python scripts/bench.py --labelled

evaluate: install  ## precision/recall of the extractors on every labelled set
	@for set in ../shared/corpus/dev $$(ls -d evaluation/*/ | sed 's:/$$::'); do \
	  [ -d $$set ] && { echo "=== $$set"; $(BIN)/kamerdata evaluate $$set; echo; }; done

model: install  ## retrain the commitment model from every labelled set, then report it set by set, left out
	$(BIN)/python scripts/train_commitment_model.py
	$(BIN)/python scripts/train_commitment_model.py --report

clean:
	rm -rf output data airflow_home bench
