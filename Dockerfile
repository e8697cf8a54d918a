# One slim, non-root image for every newsworker service (worker, migrate, flower).
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY worker ./worker
RUN pip install --no-cache-dir --prefix=/install ".[monitor]"

FROM python:3.11-slim
RUN useradd --create-home --uid 10001 newsworker
COPY --from=build /install /usr/local
USER newsworker
WORKDIR /home/newsworker
ENV PYTHONUNBUFFERED=1 NEWSWORKER_DATA_DIR=/home/newsworker/data
CMD ["newsworker", "worker"]
