"""`kg schedule`: serve the inbox flow as a Prefect deployment on a schedule, show its
status, or stop the local Prefect server it started."""

from __future__ import annotations

import json
import os
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import click

from kg.cli import debug_option, kg, one_line_errors, store_option
from kg.errors import E, KGError
from kg.settings import Settings, apply_prefect_env

FLOW_NAME = "kg-ingest-inbox"
DEFAULT_EVERY = "10m"
UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_every(value: str) -> timedelta:
    """"30s", "10m", "1h", "1d" (or plain seconds) as a timedelta; KGError E510 otherwise."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", value.lower())
    if not match or float(match[1]) <= 0:
        raise KGError(E.E510, value=value)
    return timedelta(seconds=float(match[1]) * UNITS[match[2] or "s"])


@kg.command()
@click.option("--inbox", default="inbox", show_default=True, type=click.Path(file_okay=False),
              help="Folder analysts drop articles into (created if missing).")
@click.option("--every", metavar="N[s|m|h|d]", default=None,
              help=f"Run every N seconds, minutes, hours or days (default {DEFAULT_EVERY}).")
@click.option("--cron", metavar="'M H DOM MON DOW'", default=None,
              help="Run on a cron schedule instead, e.g. '*/10 * * * *'.")
@store_option
@click.option("--name", default="inbox", show_default=True,
              help=f"Deployment name (the deployment is {FLOW_NAME}/NAME).")
@click.option("--port", type=click.IntRange(1, 65535), default=None,
              help="Port for the local Prefect server it starts (default 4200, else a free one).")
@click.option("--settle", "settle_seconds", type=click.FloatRange(min=0), default=2.0,
              show_default=True,
              help="Seconds a file must stay unchanged before a run ingests it.")
@click.option("--status", "show_status", is_flag=True,
              help="Show the deployment, its next run and the last runs, then exit.")
@click.option("--runs", "run_count", type=click.IntRange(min=1), default=5, show_default=True,
              help="How many past runs --status lists.")
@click.option("--stop", is_flag=True, help="Stop the local Prefect server 'kg schedule' "
              "started (serving stops with Ctrl-C), then exit.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Output format of --status.")
@debug_option
@one_line_errors
def schedule(inbox, every, cron, store, name, port, settle_seconds, show_status, run_count,
             stop, fmt):
    """Ingest an inbox folder on a schedule: serves the inbox flow as the Prefect deployment
    kg-ingest-inbox/NAME and runs it until Ctrl-C.

    Each run ingests new and changed files (content hash), moves them to INBOX/done/, moves
    rejected files to INBOX/rejected/ with NAME.reason.txt, leaves files still being written
    for the next run, and publishes its summary as a Prefect artifact. Scheduling needs a
    Prefect server: the command starts one on 127.0.0.1 (database under data/prefect) or
    reuses the one it started before; set PREFECT_API_URL to use another server.

    \b
    Example:
      kg schedule --inbox inbox --every 10m --store data/kg
      kg schedule --cron '*/10 * * * *'
      kg schedule --status
      kg schedule --stop
    """
    from kg import prefect_server

    settings = Settings.resolve(store=store)
    if every and cron:
        raise KGError(E.E511)
    interval = None if cron else parse_every(every or DEFAULT_EVERY)
    serving = not (show_status or stop)
    apply_prefect_env(settings, log_level="INFO" if serving else "CRITICAL")
    home = Path(os.environ["PREFECT_HOME"])
    if stop:
        stopped = prefect_server.stop_server(home)
        click.echo(f"stopped the Prefect server at {stopped['url']} (pid {stopped['pid']})"
                   if stopped else
                   f"no Prefect server started by 'kg schedule' is running for {home}")
        return
    if serving and cron:
        check_cron(cron)  # before a server is started for nothing
    server = _server(home, port, start=serving)
    os.environ["PREFECT_API_URL"] = server.url
    if show_status:
        report = deployment_status(f"{FLOW_NAME}/{name}", server, run_count)
        click.echo(json.dumps(report, ensure_ascii=False, indent=2) if fmt == "json"
                   else render_status(report))
        return
    click.echo(server.describe())
    _serve(inbox, settings, name=name, interval=interval, cron=cron,
           settle_seconds=settle_seconds)


def _server(home: Path, port: int | None, *, start: bool):
    from kg import prefect_server

    if os.environ.get("PREFECT_API_URL"):
        return prefect_server.Server(url=os.environ["PREFECT_API_URL"], how="environment")
    if start:
        return prefect_server.ensure_server(home, port=port)
    found = prefect_server.running_server(home)
    if found is None:
        raise KGError(E.E507, home=home)
    return found


def check_cron(value: str) -> str:
    """`value` when Prefect accepts it as a cron schedule; KGError E512 otherwise."""
    from prefect.client.schemas.schedules import CronSchedule

    try:
        CronSchedule(cron=value)
    except ValueError:
        raise KGError(E.E512, value=value) from None
    return value


def _serve(inbox: str, settings: Settings, *, name: str, interval: timedelta | None,
           cron: str | None, settle_seconds: float) -> None:
    inbox_dir = Path(inbox).resolve()
    if not inbox_dir.exists():
        inbox_dir.mkdir(parents=True)
        click.echo(f"created the inbox {inbox_dir}")
    parameters = {"inbox": str(inbox_dir), "store_dir": str(settings.store_dir.resolve()),
                  "base_iri": settings.base_iri, "settle_seconds": settle_seconds}
    when = f"cron '{cron}'" if cron else f"every {_duration(interval)}"
    click.echo(f"serving {FLOW_NAME}/{name} {when}: {inbox_dir} → {parameters['store_dir']}\n"
               f"  run it now:   prefect deployment run '{FLOW_NAME}/{name}'\n"
               f"  status:       kg schedule --status --name {name}\n"
               "  Ctrl-C stops serving (and pauses the schedule); the Prefect server keeps "
               "running until 'kg schedule --stop'.")
    from prefect.settings import PREFECT_API_URL, PREFECT_RUNNER_POLL_FREQUENCY, temporary_settings

    from flows.inbox import ingest_inbox

    # the runner looks for due runs at least twice per interval (Prefect's default: 10 s)
    poll = max(1, min(10, int(interval.total_seconds() // 2))) if interval else 10
    with temporary_settings(updates={PREFECT_API_URL: os.environ["PREFECT_API_URL"],
                                     PREFECT_RUNNER_POLL_FREQUENCY: poll}):
        try:
            ingest_inbox.serve(name=name, interval=interval, cron=cron, parameters=parameters,
                               description="Ingest the ready files of an inbox folder "
                                           "(kg schedule).", print_starting_message=False)
        finally:
            _pause(f"{FLOW_NAME}/{name}")


def _pause(full_name: str) -> None:
    """Pause the deployment's schedule once serving stops. Prefect's runner pauses it on its
    way out too, but not when the Ctrl-C lands while it is still starting or handling a
    run (seen under load); a schedule left active would pile up runs nobody serves."""
    from prefect.client.orchestration import get_client

    try:
        with get_client(sync_client=True) as client:
            client.pause_deployment(client.read_deployment_by_name(full_name).id)
    except Exception as err:  # the server gone or unreachable: say so, do not mask Ctrl-C
        click.echo(f"could not pause {full_name}: {type(err).__name__}: {err}", err=True)
    else:
        click.echo(f"paused the schedule of {full_name}")


def _duration(value: timedelta) -> str:
    seconds = int(value.total_seconds())
    for unit in ("d", "h", "m"):
        if seconds and seconds % UNITS[unit] == 0:
            return f"{seconds // UNITS[unit]}{unit}"
    return f"{value.total_seconds():g}s"


# --- --status ------------------------------------------------------------------------------

def deployment_status(full_name: str, server, run_count: int) -> dict:
    """The deployment, its schedules, next scheduled run and last runs with their summaries,
    read from the Prefect API. Raises KGError E508 for an unknown deployment, E509 when the
    server cannot be reached."""
    import httpx
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (
        ArtifactFilter,
        ArtifactFilterFlowRunId,
        DeploymentFilter,
        DeploymentFilterId,
        FlowRunFilter,
        FlowRunFilterState,
        FlowRunFilterStateType,
    )
    from prefect.client.schemas.objects import StateType
    from prefect.client.schemas.sorting import FlowRunSort
    from prefect.exceptions import ObjectNotFound
    from prefect.settings import PREFECT_API_URL, temporary_settings

    try:
        with temporary_settings(updates={PREFECT_API_URL: server.url}), \
                get_client(sync_client=True) as client:
            try:
                deployment = client.read_deployment_by_name(full_name)
            except ObjectNotFound:
                raise KGError(E.E508, name=full_name, url=server.url) from None
            of_deployment = DeploymentFilter(id=DeploymentFilterId(any_=[deployment.id]))
            scheduled = client.read_flow_runs(
                deployment_filter=of_deployment, sort=FlowRunSort.EXPECTED_START_TIME_ASC,
                flow_run_filter=FlowRunFilter(state=FlowRunFilterState(
                    type=FlowRunFilterStateType(any_=[StateType.SCHEDULED]))), limit=1)
            past = client.read_flow_runs(
                deployment_filter=of_deployment, sort=FlowRunSort.START_TIME_DESC,
                flow_run_filter=FlowRunFilter(state=FlowRunFilterState(
                    type=FlowRunFilterStateType(not_any_=[StateType.SCHEDULED]))),
                limit=run_count)
            artifacts = client.read_artifacts(artifact_filter=ArtifactFilter(
                flow_run_id=ArtifactFilterFlowRunId(any_=[r.id for r in past]))) if past else []
    except httpx.HTTPError as err:
        raise KGError(E.E509, url=server.url, detail=str(err) or type(err).__name__) from err
    summaries = {a.flow_run_id: a.description for a in artifacts if a.key == "inbox-summary"}
    return {
        "server": {"url": server.url, "how": server.how, "pid": server.pid},
        "deployment": {
            "name": full_name, "id": str(deployment.id), "paused": deployment.paused,
            "status": str(getattr(deployment, "status", "") or "").rsplit(".", 1)[-1] or None,
            "last_polled": _iso(deployment.last_polled), "parameters": deployment.parameters,
            "schedules": [_schedule(s) for s in deployment.schedules]},
        "next_run": _run(scheduled[0], None) if scheduled else None,
        "last_runs": [_run(r, summaries.get(r.id)) for r in past],
    }


def _schedule(item) -> dict:
    spec = item.schedule
    if getattr(spec, "interval", None) is not None:
        text = f"every {_duration(spec.interval)}"
    elif getattr(spec, "cron", None):
        text = f"cron '{spec.cron}'"
    else:
        text = str(spec)
    return {"schedule": text, "active": item.active}


def _run(flow_run, summary: str | None) -> dict:
    state = flow_run.state
    message = (state.message or "").strip().splitlines() if state else []
    return {"id": str(flow_run.id), "name": flow_run.name,
            "state": state.name if state else None,
            "expected_start": _iso(flow_run.expected_start_time),
            "start": _iso(flow_run.start_time), "end": _iso(flow_run.end_time),
            "summary": summary or (message[0] if message else None)}


def _iso(moment) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def render_status(report: dict) -> str:
    """A terminal rendering of `deployment_status()`."""
    server, deployment = report["server"], report["deployment"]
    how = {"started": f"pid {server['pid']}, started by 'kg schedule'",
           "reused": f"pid {server['pid']}, started by 'kg schedule'",
           "environment": "from PREFECT_API_URL"}[server["how"]]
    schedules = ", ".join(f"{s['schedule']} ({'active' if s['active'] else 'paused'})"
                          for s in deployment["schedules"]) or "none"
    polled = deployment["last_polled"] or "never"
    params = deployment["parameters"]
    lines = [f"server       {server['url']} ({how})",
             f"deployment   {deployment['name']} — {deployment['status'] or '?'}, last "
             f"polled by a runner {polled}",
             f"schedule     {schedules}",
             f"inbox        {params.get('inbox', '?')} → store {params.get('store_dir', '?')}"]
    upcoming = report["next_run"]
    lines.append(f"next run     {upcoming['expected_start']} ({_from_now(upcoming)})"
                 if upcoming else "next run     none scheduled")
    lines.append("last runs" if report["last_runs"] else "last runs    none yet")
    for run in report["last_runs"]:
        when = run["start"] or run["expected_start"] or "?"
        lines.append(f"  {when:<21} {run['state'] or '?':<10} {run['summary'] or ''}".rstrip())
    return "\n".join(lines)


def _from_now(run: dict) -> str:
    moment = datetime.fromisoformat(run["expected_start"].replace("Z", "+00:00"))
    seconds = int((moment - datetime.now(UTC)).total_seconds())
    return f"in {seconds} s" if seconds >= 0 else f"{-seconds} s late"
