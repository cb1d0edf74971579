"""Deadlines as an iCalendar file (RFC 5545) of all-day events, for Outlook and Google Calendar.

Each deadline is one all-day event on its due date. UIDs are stable for the same authority,
deadline and date, so importing the file twice updates events instead of duplicating them.
Each description says what the deadline was worked out from (the authority and each date and
answer given), with which rules and on what day, so an event in a calendar can be checked.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from .dates import Date
from .text import input_lines, version_line, worked_out_line

PRODID = "-//Child protection conference handbook//Deadlines//EN"
LINE_OCTETS = 75


# Where a deadline stands today changes every day: a calendar keeps no status, so the date it
# was worked out for is not among the inputs an event lists.
NOT_LISTED = ("today",)


def calendar(result: dict, stamp: dt.datetime, on: Date | None = None) -> str:
    """The .ics text for a deadlines result; `stamp` is when the file is made (DTSTAMP), and
    `on` the day the result was worked out, as the user's device sees it (default: the stamp's
    date)."""
    worked_out = [
        "Worked out from:",
        *input_lines(result, leave_out=NOT_LISTED),
        version_line(result),
        worked_out_line(on or stamp.date()),
    ]
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{_escape('Child protection deadlines: ' + result['authority_name'])}",
    ]
    stamp_text = stamp.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    for item in result["deadlines"]:
        due = Date.fromisoformat(item["due"])
        source = item["source"]
        # The source's own words in quotes; a national summary is not a quote, so never quoted.
        if source.get("quote"):
            cited = f': "{source["quote"]}"'
        else:
            cited = f", in summary: {source['summary']}" if source.get("summary") else ""
        description = "\n".join(
            filter(
                None,
                [
                    f"{item['rule']}.",
                    f"Source: {source['authority_name']}, {source['document']}, {source['section']}"
                    + cited,
                    "National guidance applies: the local document is silent."
                    if item["inherited"]
                    else "",
                    *item["notes"],
                    "Check your current local procedure.",
                    *worked_out,
                ],
            )
        )
        lines += [
            "BEGIN:VEVENT",
            f"UID:{_uid(result['authority'], item['id'], due)}",
            f"DTSTAMP:{stamp_text}",
            f"DTSTART;VALUE=DATE:{due:%Y%m%d}",
            f"DTEND;VALUE=DATE:{due + dt.timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{_escape(item['title'])}",
            f"DESCRIPTION:{_escape(description)}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def _uid(authority: str, deadline_id: str, due: Date) -> str:
    digest = hashlib.sha256(f"{authority}|{deadline_id}|{due}".encode()).hexdigest()[:24]
    return f"{digest}@cpc-handbook"


def _escape(text: str) -> str:
    """TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma and newlines."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after CRLF and a space, never
    splitting a UTF-8 character (RFC 5545 3.1)."""
    out, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        limit = LINE_OCTETS if not out else LINE_OCTETS - 1  # continuation lines start with " "
        if size + width > limit:
            out.append(current)
            current, size = "", 0
        current += char
        size += width
    out.append(current)
    return "\r\n ".join(out)
