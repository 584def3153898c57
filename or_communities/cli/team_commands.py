"""`team`: the members of a team workspace on a PostgreSQL server and their roles, enforced by the server."""

from __future__ import annotations

import argparse
import getpass
import sys

from .common import Command, CommandFailed, command_parser, describe_problem


def _team_parser() -> argparse.ArgumentParser:
    parser = command_parser(
        "team",
        "The team of a workspace on a PostgreSQL server. add-member gives a server login a role: manager (reads and "
        "writes everything), coordinator (writes the records of their own neighborhoods, reads the rest) or viewer "
        "(reads); the server enforces it with its roles and row-level security. list shows the team.",
    )
    parser.add_argument("workspace", metavar="WORKSPACE_URL")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    adding = actions.add_parser("add-member", help="add a member, or change a member's role")
    adding.add_argument("login", metavar="NAME", help="the member's login on the server (made when new)")
    adding.add_argument("--role", required=True, choices=["manager", "coordinator", "viewer"])
    adding.add_argument("--neighborhood", action="append", default=[], metavar="N",
                        help="a coordinator's neighborhood, by name; once for each")
    secret = adding.add_mutually_exclusive_group()
    secret.add_argument("--password-stdin", action="store_true", help="read the member's password from standard input")
    secret.add_argument("--no-password", action="store_true",
                        help="set no password (the server signs them in another way, or it is set already)")
    actions.add_parser("list", help="the team: each member's role and neighborhoods")
    return parser


def team(arguments: argparse.Namespace) -> int:
    from ..domain.errors import WorkspaceFileError

    try:
        if arguments.action == "list":
            return _list(arguments.workspace)
        return _add(arguments)
    except WorkspaceFileError as error:
        raise CommandFailed(describe_problem(error)) from error


def _add(arguments: argparse.Namespace) -> int:
    from ..domain.team import TeamRole
    from ..services.team import add_team_member

    password = None if arguments.no_password else _password(arguments.password_stdin)
    made = add_team_member(arguments.workspace, arguments.login, TeamRole(arguments.role), arguments.neighborhood, password)
    where = f" for {', '.join(arguments.neighborhood)}" if arguments.neighborhood else ""
    print(f"{arguments.login}: {arguments.role}{where}{' (a new login on the server)' if made else ''}")
    return 0


def _password(from_stdin: bool) -> str:
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin.isatty():
        password = getpass.getpass("The member's password: ")
        if getpass.getpass("Again: ") != password:
            raise CommandFailed("the two passwords differ; nothing was changed")
    else:
        raise CommandFailed("give --password-stdin to read the password from standard input, or --no-password")
    if not password or "\x00" in password:
        raise CommandFailed("the password is empty; nothing was changed")
    return password


def _list(url: str) -> int:
    from ..services.team import team_members

    for member in team_members(url):
        places = f" ({', '.join(member.neighborhoods)})" if member.neighborhoods else ""
        print(f"{member.login}\t{member.role.value}{places}")
    return 0


COMMANDS: dict[str, Command] = {"team": (_team_parser, team)}
