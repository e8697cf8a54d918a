"""Reading what was stored: articles, show, dead-letters."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from sqlalchemy.exc import OperationalError as DBOperationalError
from sqlalchemy.exc import ProgrammingError

from worker.cli._common import (
    app,
    db_failed,
    err,
    out,
    sessions_for,
    settings_or_exit,
)


@app.command()
def articles(
    tag: Annotated[str | None, typer.Option(help="Only articles with this tag.")] = None,
    min_score: Annotated[float, typer.Option(help="With --tag: the lowest score.")] = 0.0,
    limit: Annotated[int, typer.Option(help="How many, newest first.")] = 20,
    as_json: Annotated[
        bool, typer.Option("--json", help="JSON lines (the article schema).")
    ] = False,
) -> None:
    """List stored articles with their tags."""
    from worker.db.queries import article_out, list_articles
    from worker.display import articles_table

    settings = settings_or_exit()
    try:
        with sessions_for(settings)() as session:
            rows = [
                article_out(a)
                for a in list_articles(session, tag=tag, min_score=min_score, limit=limit)
            ]
    except (DBOperationalError, ProgrammingError) as e:
        raise db_failed(e, settings) from e
    if as_json:
        for a in rows:
            print(a.model_dump_json())
    else:
        out.print(articles_table(rows))


@app.command()
def show(
    article_id: Annotated[str, typer.Argument(help="An article id or a unique prefix of it.")],
    as_json: Annotated[bool, typer.Option("--json", help="The article as JSON.")] = False,
) -> None:
    """Show one article with its tags and their evidence."""
    from worker.db.queries import article_out, find_article
    from worker.display import article_panel

    settings = settings_or_exit()
    try:
        with sessions_for(settings)() as session:
            row = find_article(session, article_id)
            article = article_out(row) if row is not None else None
    except (DBOperationalError, ProgrammingError) as e:
        raise db_failed(e, settings) from e
    if article is None:
        err.print(f"no single article has an id starting {article_id!r}", soft_wrap=True)
        raise typer.Exit(1)
    if as_json:
        print(json.dumps(article.model_dump(), ensure_ascii=False, indent=2))
    else:
        out.print(article_panel(article))


@app.command("dead-letters")
def dead_letters_cmd(
    limit: Annotated[int, typer.Option(help="How many, most recent first.")] = 20,
) -> None:
    """List input that could not be processed, and why."""
    from worker.db.queries import dead_letters
    from worker.display import dead_letters_table

    settings = settings_or_exit()
    try:
        with sessions_for(settings)() as session:
            rows = list(dead_letters(session, limit))
    except (DBOperationalError, ProgrammingError) as e:
        raise db_failed(e, settings) from e
    out.print(dead_letters_table(rows))
