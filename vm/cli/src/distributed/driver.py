"""Ray driver of `zkvm prove --workers N | --cluster ADDR` (embedded in the zkvm binary).

zkvm plans the run, then starts this script. Each part of the plan becomes a Ray task that
runs `zkvm segments prove --part PART` on a worker, with the zkvm binary, program, input
and seed shipped through Ray's object store, so worker nodes need nothing but Ray. Ray
schedules each task where its CPUs and memory (the prover's own estimate) are free.

A finished part is fetched to the coordinator at once, so no later failure can lose it.
A part whose worker died (killed, out of memory, node lost) is submitted again, up to
--attempts times; a part that failed for a reason of its own (an error of zkvm) stops
the run. Events go to stdout, one per line, for zkvm to show (whatever Ray itself prints
goes to stderr):

    nodes N CPUS MEMORY         the cluster, once connected
    proven PART NODE SECONDS    a part's file is in --out
    retry PART ATTEMPT REASON   a part's worker was lost; submitted again
    error MESSAGE               the run failed (the exit status is 1)
"""

import argparse
import hashlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time

EXIT_NO_RAY = 3

# The events' stream: the original stdout, which Ray's messages (of Python and of its
# C++ core, written to descriptor 1) must not reach; they go to stderr instead.
EVENTS = os.fdopen(os.dup(1), "w")
os.dup2(2, 1)


def emit(*words):
    print(*words, file=EVENTS, flush=True)


def fail(message):
    emit("error", message)
    sys.exit(1)


def arguments():
    p = argparse.ArgumentParser()
    p.add_argument("--zkvm", required=True, help="the zkvm binary to ship")
    p.add_argument("--program", required=True)
    p.add_argument("--input")
    p.add_argument("--seed")
    p.add_argument("--flag", action="append", default=[], help="a `segments prove` option")
    p.add_argument("--part", action="append", required=True)
    p.add_argument("--out", required=True, help="where part files go, as PART.part")
    p.add_argument("--cpus", type=int, required=True, help="CPUs (prover threads) per part")
    p.add_argument("--memory", type=int, required=True, help="bytes per part")
    p.add_argument("--attempts", type=int, default=3)
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--workers", type=int, help="start a local Ray with this many workers")
    where.add_argument("--cluster", help="the address ray.init takes")
    return p.parse_args()


class PartFailed(Exception):
    """zkvm refused or failed to prove a part: proving it again would fail again."""


class WorkerLost(Exception):
    """zkvm was killed by a signal (the out-of-memory killer, an operator): retry."""


def die_with_parent():
    # The prover must not outlive a killed Ray worker (Linux: PR_SET_PDEATHSIG).
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)
    except (OSError, AttributeError):
        pass


def installed(binary, digest):
    """The shipped zkvm binary as an executable file on this node, written once."""
    path = os.path.join(tempfile.gettempdir(), f"zkvm-{digest[:16]}")
    if not os.path.exists(path):
        fd, tmp = tempfile.mkstemp(dir=tempfile.gettempdir(), prefix=".zkvm-")
        with os.fdopen(fd, "wb") as f:
            f.write(binary)
        os.chmod(tmp, 0o755)
        os.replace(tmp, path)
    return path


def prove_part(binary, digest, files, flags, part, threads):
    """Runs on a worker: proves `part`, returns (part file bytes, node, seconds)."""
    import ray

    zkvm = installed(binary, digest)
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="zkvm-part-") as d:
        args = [zkvm, "segments", "prove"]
        for name, data in files.items():
            path = os.path.join(d, name)
            with open(path, "wb") as f:
                f.write(data)
            args += [path] if name == "program.zkbin" else [f"--{name}", path]
        out = os.path.join(d, "part.bin")
        args += flags + ["--part", part, "-o", out]
        env = dict(os.environ, RAYON_NUM_THREADS=str(threads))
        proc = subprocess.run(args, env=env, stderr=subprocess.PIPE, preexec_fn=die_with_parent)
        if proc.returncode < 0:
            raise WorkerLost(f"zkvm killed by signal {-proc.returncode}")
        if proc.returncode != 0:
            raise PartFailed(failure(proc.stderr.decode(errors="replace"), proc.returncode))
        with open(out, "rb") as f:
            data = f.read()
    node = ray.get_runtime_context().get_node_id()[:8]
    return data, node, time.monotonic() - start


def failure(stderr, status):
    """What a failed zkvm said: its last `zkvm:` line (its error), else its first line."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    own = [line for line in lines if line.startswith("zkvm: ")]
    if not lines:
        return f"zkvm exited with status {status}"
    return (own[-1] if own else lines[0]).removeprefix("zkvm: ").removeprefix("error: ")


def reachable(address):
    """A quick check that a HOST:PORT address answers, so a wrong one fails in seconds."""
    if address == "auto" or address.startswith("local"):
        return
    hostport = address.split("://", 1)[-1]
    host, _, port = hostport.rpartition(":")
    if not host or not port.isdigit():
        fail(f"--cluster {address}: not HOST:PORT, ray://HOST:PORT or auto")
    try:
        socket.create_connection((host, int(port)), timeout=5).close()
    except OSError as e:
        fail(f"cannot reach the Ray cluster at {address}: {e.strerror or e}")


def connect(args):
    import ray

    common = dict(log_to_driver=False, logging_level="ERROR")
    try:
        if args.cluster is not None:
            reachable(args.cluster)
            ray.init(address=args.cluster, **common)
        else:
            # "local": a new Ray, even where another runs (None would join that one).
            ray.init(
                address="local",
                num_cpus=args.workers * args.cpus,
                include_dashboard=False,
                _node_ip_address="127.0.0.1",
                object_store_memory=256 << 20,
                **common,
            )
    except Exception as e:  # Ray raises many kinds; each is one line to the user.
        where = f"the Ray cluster at {args.cluster}" if args.cluster else "a local Ray"
        fail(f"cannot start or reach {where}: {' '.join(str(e).split())[:300]}")
    nodes = [n for n in ray.nodes() if n.get("Alive")]
    cpus = sum(n["Resources"].get("CPU", 0) for n in nodes)
    memory = sum(n["Resources"].get("memory", 0) for n in nodes)
    emit("nodes", len(nodes), int(cpus), int(memory))
    fits = [
        n
        for n in nodes
        if n["Resources"].get("CPU", 0) >= args.cpus and n["Resources"].get("memory", 0) >= args.memory
    ]
    if not fits:
        gib = args.memory / (1 << 30)
        largest = max((n["Resources"].get("memory", 0) for n in nodes), default=0) / (1 << 30)
        fail(
            f"no node of the cluster can take a part: each needs {args.cpus} CPUs and "
            f"{gib:.1f} GiB (the largest node offers {largest:.1f} GiB); use a smaller --segment-log"
        )


def main():
    args = arguments()
    try:
        import ray
        from ray.exceptions import RayError
    except ImportError as e:
        print(f"cannot import ray: {e}", file=sys.stderr)
        sys.exit(EXIT_NO_RAY)
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    connect(args)

    def read(path):
        with open(path, "rb") as f:
            return f.read()

    binary = read(args.zkvm)
    digest = hashlib.sha256(binary).hexdigest()
    files = {"program.zkbin": read(args.program)}
    if args.input:
        files["input"] = read(args.input)
    if args.seed:
        files["zk-seed"] = read(args.seed)
    shared = [ray.put(binary), digest, ray.put(files), args.flag]
    task = ray.remote(prove_part).options(num_cpus=args.cpus, memory=args.memory, max_retries=0)

    pending = {}

    def submit(part, attempt):
        pending[task.remote(*shared, part, args.cpus)] = (part, attempt)

    for part in args.part:
        submit(part, 1)
    while pending:
        [ref], _ = ray.wait(list(pending), num_returns=1)
        part, attempt = pending.pop(ref)
        try:
            data, node, seconds = ray.get(ref)
        except PartFailed as e:
            fail(f"{part}: {e.args[0]}")
        except (WorkerLost, RayError) as e:
            reason = " ".join(str(e).split())[:200] or type(e).__name__
            if attempt >= args.attempts:
                fail(f"{part}: lost {attempt} times, the last: {reason}")
            emit("retry", part, attempt + 1, reason)
            submit(part, attempt + 1)
            continue
        path = os.path.join(args.out, f"{part}.part")
        with open(path + ".tmp", "wb") as f:
            f.write(data)
        os.replace(path + ".tmp", path)
        emit("proven", part, node, f"{seconds:.1f}")
    ray.shutdown()


if __name__ == "__main__":
    main()
