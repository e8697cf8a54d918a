# One slim, non-root image for every newsworker service: migrate, worker, beat and Flower
# (docker-compose.yml). Dependencies are installed into a virtualenv in a build stage and
# only that virtualenv is copied, so no compiler or pip cache reaches the final image.
FROM python:3.11-slim AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
WORKDIR /src
COPY pyproject.toml README.md ./
COPY worker ./worker
RUN python -m venv /opt/venv && /opt/venv/bin/pip install ".[monitor]"

FROM python:3.11-slim
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
CMD ["newsworker", "worker"]
