# One slim, non-root image for every newsworker service: migrate, worker, bridge, beat and
# Flower (docker-compose.yml). Dependencies are installed into a virtualenv in a build stage
# and only that virtualenv is copied, so no compiler or pip cache reaches the final image.
#
# Dependencies come from requirements-prod.lock (exact versions and hashes, `make lock`) in a
# layer of their own, before the code is copied: editing worker/ rebuilds only the last layer.
# newsworker's version lives in worker/__init__.py alone; the base image is named once here.
ARG PYTHON_IMAGE=python:3.11-slim

FROM ${PYTHON_IMAGE} AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
WORKDIR /src
COPY requirements-prod.lock ./
RUN python -m venv /opt/venv \
    && /opt/venv/bin/pip install --require-hashes --no-deps -r requirements-prod.lock
COPY pyproject.toml README.md ./
COPY worker ./worker
RUN /opt/venv/bin/pip install --no-deps . && /opt/venv/bin/pip check

FROM ${PYTHON_IMAGE}
# The folders the compose volumes mount on exist in the image, owned by the service user,
# so the named volumes start out writable by it.
RUN useradd --create-home --uid 10001 newsworker \
    && mkdir -p /home/newsworker/data /home/newsworker/beat /home/newsworker/flower \
    && chown -R newsworker:newsworker /home/newsworker
COPY --from=build /opt/venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    NEWSWORKER_DATA_DIR=/home/newsworker/data
USER newsworker
WORKDIR /home/newsworker
# 5555: Flower; 9808: the worker's Prometheus metrics.
EXPOSE 5555 9808
# For the default command, a worker: it must answer a ping through the broker. Services that
# run another command set their own check in docker-compose.yml (migrate disables it).
HEALTHCHECK --interval=30s --timeout=15s --start-period=60s --retries=3 \
    CMD ["newsworker", "health", "worker"]
CMD ["newsworker", "worker"]
