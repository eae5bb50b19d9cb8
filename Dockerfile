# phiguard in a container: built with the repository's toolchain, run on distroless as a
# non-root user. No shell, no package manager in the image.
#
#   docker build -t phiguard .
#   docker run --rm -v "$PWD:/src:ro" phiguard scan infra/
#
# Pin the base images by digest for reproducible builds (docker buildx imagetools inspect
# IMAGE shows it): FROM docker.io/library/rust:1.95.0-slim-bookworm@sha256:...
FROM docker.io/library/rust:1.95.0-slim-bookworm AS build
WORKDIR /build
COPY . .
RUN cargo build --release --locked -p phiguard \
    && cp target/release/phiguard /usr/local/bin/phiguard

FROM gcr.io/distroless/cc-debian12:nonroot
COPY --from=build /usr/local/bin/phiguard /usr/local/bin/phiguard
USER 65532:65532
WORKDIR /src
ENTRYPOINT ["phiguard"]
CMD ["--help"]
