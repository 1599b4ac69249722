-- Moonshot goals: the bold outcomes a mission aims at.
create table goals (
    id          uuid primary key,
    mission_id  uuid        not null references missions (id),
    title       text        not null,
    description text        not null default '',
    created_at  timestamptz not null
);
create index goals_by_mission on goals (mission_id, created_at);

-- Committed targets: a metric moving from a baseline to a target value by a deadline.
create table targets (
    id           uuid primary key,
    mission_id   uuid             not null references missions (id),
    goal_id      uuid references goals (id),
    metric       text             not null,
    unit         text             not null,
    baseline     double precision not null,
    target_value double precision not null,
    deadline     date             not null,
    created_at   timestamptz      not null
);
create index targets_by_mission on targets (mission_id, created_at);

-- Published progress on a target over time.
create table target_progress (
    id          uuid primary key,
    target_id   uuid             not null references targets (id),
    value       double precision not null,
    recorded_on date             not null,
    note        text             not null default '',
    recorded_by text             not null,
    created_at  timestamptz      not null
);
create index progress_by_target on target_progress (target_id, recorded_on);

-- Requests to join a private mission, decided by a convener.
create table join_requests (
    mission_id       uuid        not null references missions (id),
    user_id          text        not null,
    display_name     text        not null,
    stakeholder_type text,
    organisation     text,
    requested_at     timestamptz not null,
    primary key (mission_id, user_id)
);
