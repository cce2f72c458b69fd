"""`caredraft keys`: create, list and revoke API keys on the configured database."""

from __future__ import annotations

import click

from caredraft.review.keys import Role
from caredraft.settings import Settings


def _repository(settings: Settings):
    from caredraft.review.repository import SqlRepository

    if settings.database_url is None:  # the default SQLite file lives in the data folder
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    repository = SqlRepository.from_url(settings.resolved_database_url)
    repository.migrate()
    return repository


@click.group("keys")
def keys() -> None:
    """API keys: agent, reviewer, clinician, admin."""


@keys.command("create")
@click.option("--role", type=click.Choice([r.value for r in Role]), required=True)
@click.option("--name", default=None, help="Who or what uses the key (shown in the audit log).")
@click.pass_obj
def create(settings: Settings, role: str, name: str | None) -> None:
    """Create a key and print it once (only its hash is stored)."""
    from caredraft.review.keys import hash_key, new_key

    repository = _repository(settings)
    key_id, raw = new_key()
    name = name or f"{role}-{key_id}"
    repository.create_key(key_id=key_id, name=name, role=role, key_hash=hash_key(raw))
    repository.append_audit(actor="cli", action="keys.create", item_id=key_id, details={"role": role, "name": name})
    click.echo(raw)
    click.echo(f"key id {key_id}, role {role}, name {name}: store the key now, it is not shown again", err=True)


@keys.command("list")
@click.pass_obj
def list_keys(settings: Settings) -> None:
    """List keys (ids, names, roles; never secrets)."""
    for record in _repository(settings).list_keys():
        state = f"revoked {record.revoked_at:%Y-%m-%d}" if record.revoked_at else "active"
        click.echo(f"{record.id}\t{record.role}\t{record.name}\t{state}")


@keys.command("revoke")
@click.argument("key_id")
@click.pass_obj
def revoke(settings: Settings, key_id: str) -> None:
    """Revoke a key by its id."""
    from caredraft.errors import NotFound

    repository = _repository(settings)
    try:
        repository.revoke_key(key_id=key_id)
    except NotFound as exc:
        raise click.ClickException(exc.message) from exc
    repository.append_audit(actor="cli", action="keys.revoke", item_id=key_id, details={})
    click.echo(f"revoked {key_id}")


commands = [keys]
