-- Deliberation statements and final votes, from the engagement service's events, for opinion groups.
create table deliberation_statements (
    statement_id    text primary key,
    deliberation_id text    not null,
    mission_id      text    not null,
    number          integer not null,
    text            text    not null
);
create index deliberation_statements_by_deliberation on deliberation_statements (deliberation_id);

-- One row a participant and statement: the latest vote (the statement's version orders them).
create table deliberation_votes (
    statement_id    text     not null,
    participant_id  text     not null,
    deliberation_id text     not null,
    mission_id      text     not null,
    vote            smallint not null,
    version         bigint   not null,
    primary key (statement_id, participant_id)
);
create index deliberation_votes_by_deliberation on deliberation_votes (deliberation_id);
