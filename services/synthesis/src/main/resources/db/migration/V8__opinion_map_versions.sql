-- A deliberation's opinion-map version: it grows in the same transaction as any statement or vote
-- stored for the deliberation (a vote older than the one kept changes no row, and no version). A
-- kept map of the current version is current, and every instance of the service reads the same
-- version. Triggers, so that no write path can forget it; per SQL statement, not per row, so that
-- a statement writing many rows bumps each of its deliberations once.
create table deliberation_map_versions (
    deliberation_id text   primary key,
    version         bigint not null
);

create function bump_deliberation_map_versions() returns trigger language plpgsql as $$
begin
    insert into deliberation_map_versions (deliberation_id, version)
    select distinct deliberation_id, 1 from changed
    on conflict (deliberation_id) do update set version = deliberation_map_versions.version + 1;
    return null;
end
$$;

-- A transition table serves one event only: one trigger for inserts, one for updates (an
-- "insert ... on conflict do update" fires both, each seeing only the rows of its own kind).
create trigger deliberation_statements_inserted after insert on deliberation_statements
    referencing new table as changed for each statement execute function bump_deliberation_map_versions();
create trigger deliberation_statements_updated after update on deliberation_statements
    referencing new table as changed for each statement execute function bump_deliberation_map_versions();
create trigger deliberation_votes_inserted after insert on deliberation_votes
    referencing new table as changed for each statement execute function bump_deliberation_map_versions();
create trigger deliberation_votes_updated after update on deliberation_votes
    referencing new table as changed for each statement execute function bump_deliberation_map_versions();
