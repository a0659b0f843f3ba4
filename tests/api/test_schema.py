"""Schemathesis fuzzes every API operation from the server's own OpenAPI schema, against a
real `warta serve`: no 5xx, statuses and bodies as documented, whatever the input."""

import shutil

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import positive_data_acceptance

from ..conftest import serving
from .test_api import database  # noqa: F401 - the store the server serves

EXAMPLES = 25  # per operation; `make fuzz` runs more (HYPOTHESIS_PROFILE=long)


@pytest.fixture(scope="module")
def api_schema(database, gazetteer_path, tmp_path_factory):  # noqa: F811
    copy = tmp_path_factory.mktemp("schema") / "fuzz.db"
    shutil.copy(database, copy)
    options = ("--gazetteer", str(gazetteer_path), "--token", "s3cret", "--read-rate", "0",
               "--write-rate", "0", "--max-body", "20000")  # fmt: skip
    with serving(copy, *options) as base:
        yield schemathesis.openapi.from_url(f"{base}/openapi.json")


def test_every_operation_answers_as_its_schema_says(api_schema):
    operations = [result.ok() for result in api_schema.get_all_operations()]
    # 9; issue 17: places, history, review, edit, merge, split, HEAD export, map borders, labels
    assert len(operations) == 18
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            database=None,
        )
        def check(case):
            # warta checks more than the schema can say (a cursor it issued, latitudes in
            # range), so a schema-valid request may get a documented 400; every other check runs
            case.call_and_validate(excluded_checks=[positive_data_acceptance])

        check()
