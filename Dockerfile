# syntax=docker/dockerfile:1
# The Frontline service image: `frontline worker` by default; every other
# `frontline` command works too (docker compose run --rm worker-1 feed ...).
# The worker serves /towns, /map, /metrics and /healthz on FRONTLINE_WEB_PORT (6066).
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
# services/frontline/schemas/ holds symbolic links into schemas/: the wheel build
# copies their targets (the message schemas and IPTC's ninjs schemas) into the package.
COPY schemas ./schemas
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
# Fail the build, not the first request, if the package lacks its run-time data:
# the schemas (also ninjs), the extractor's data, the /map page and its outlines.
RUN python -c "import frontline.schemas as s, frontline.wire.ninjs as n, frontline.stream.mapview as m; \
[s.validator(x) for x in s.NAMES]; [n._validator(v) for v in n.VERSIONS]; \
[m.asset(a) for a in m.ASSETS]; m.read_static(m.PAGE[0])" \
 && python -c "from frontline.extract.pipeline import Extractor; Extractor.load()"
# The topic-creation script (the compose `topics` service) and the sample wire
# (the compose `feeder` service runs `frontline feed /app/samples/wire`).
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
