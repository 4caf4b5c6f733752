# syntax=docker/dockerfile:1
# The Frontline service image: `frontline worker` by default; every other
# `frontline` command works too (docker compose run --rm worker-1 feed ...).
#
#   docker build -t frontline .
#
# Stage 1 builds a virtualenv with the package and its dependencies (wheels);
# stage 2 copies only that virtualenv onto a slim Python and runs it as a
# non-root user.

ARG PYTHON_IMAGE=python:3.11-slim-bookworm

FROM ${PYTHON_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PATH=/opt/venv/bin:$PATH
RUN python -m venv /opt/venv
WORKDIR /src
COPY pyproject.toml README.md ./
COPY services ./services
RUN pip install --upgrade pip setuptools wheel \
 && pip install .

FROM ${PYTHON_IMAGE} AS runtime
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    FRONTLINE_DATA_DIR=/var/lib/frontline \
    FRONTLINE_WEB_HOST=0.0.0.0 \
    FRONTLINE_WEB_PORT=6066
RUN groupadd --system --gid 10001 frontline \
 && useradd --system --uid 10001 --gid frontline --home-dir /app --no-create-home \
        --shell /usr/sbin/nologin frontline \
 && mkdir -p /app /var/lib/frontline \
 && chown frontline:frontline /var/lib/frontline
COPY --from=build /opt/venv /opt/venv
# The topic-creation script (the compose `topics` service) and the sample wire.
COPY deploy/kafka/create_topics.py /app/deploy/kafka/create_topics.py
COPY samples /app/samples
WORKDIR /app
USER 10001:10001
VOLUME ["/var/lib/frontline"]
EXPOSE 6066
# /healthz answers 200 once the worker's agents run; FRONTLINE_WEB_HOST may be a
# hostname (compose sets each worker's own), 0.0.0.0 means this container.
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request as u; e = os.environ; h = e.get('FRONTLINE_WEB_HOST', '127.0.0.1').replace('0.0.0.0', '127.0.0.1'); u.urlopen('http://%s:%s/healthz' % (h, e.get('FRONTLINE_WEB_PORT', '6066')), timeout=4)"]
ENTRYPOINT ["frontline"]
CMD ["worker"]
