# The kamerdata image for the production stack (docker-compose.yml): the
# official Airflow image plus this project, installed with the versions that
# uv.lock pins.
FROM apache/airflow:3.3.2-python3.11

USER airflow
WORKDIR /opt/kamerdata
COPY --chown=airflow:root pyproject.toml uv.lock README.md ./
COPY --chown=airflow:root transforms ./transforms
COPY --chown=airflow:root expectations ./expectations
COPY --chown=airflow:root dags ./dags
COPY --chown=airflow:root samples ./samples
# uv exports the locked versions; airflow itself stays the image's own.
RUN pip install --no-cache-dir uv==0.13.8 \
 && uv export --locked --no-dev --no-hashes --no-emit-project --no-emit-package apache-airflow -o /tmp/requirements.txt \
 && pip install --no-cache-dir "apache-airflow==${AIRFLOW_VERSION}" -r /tmp/requirements.txt \
 && pip install --no-cache-dir --no-deps -e /opt/kamerdata
WORKDIR /opt/airflow
