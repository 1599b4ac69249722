create table missions (
    id          uuid primary key,
    name        text        not null,
    vision      text        not null default '',
    visibility  text        not null check (visibility in ('PUBLIC', 'PRIVATE')),
    created_by  text        not null,
    created_at  timestamptz not null
);

create table memberships (
    id               uuid primary key,
    mission_id       uuid        not null references missions (id),
    user_id          text        not null,
    display_name     text        not null,
    role             text        not null check (role in ('convener', 'facilitator', 'member', 'observer')),
    stakeholder_type text,
    organisation     text,
    joined_at        timestamptz not null,
    unique (mission_id, user_id)
);
create index memberships_by_user on memberships (user_id);

create table channels (
    id         uuid primary key,
    mission_id uuid        not null references missions (id),
    name       text        not null,
    last_seq   bigint      not null default 0,
    created_at timestamptz not null,
    unique (mission_id, name)
);

create table messages (
    id          uuid primary key,
    channel_id  uuid        not null references channels (id),
    mission_id  uuid        not null references missions (id),
    seq         bigint      not null,
    author_id   text        not null,
    author_name text        not null,
    body        text        not null,
    posted_at   timestamptz not null,
    unique (channel_id, seq)
);
