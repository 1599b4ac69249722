-- Organisations are held here, not in Keycloak: Keycloak knows who a person is, this service knows
-- which organisations exist, who belongs to them and which missions they take part in.
create table organisations (
    id               uuid primary key,
    name             text        not null,
    stakeholder_type text        not null check (stakeholder_type in
                         ('ministry', 'council', 'firm', 'civil_society', 'academia', 'citizen')),
    description      text        not null default '',
    website          text,
    place            text,
    created_at       timestamptz not null
);
create unique index organisations_name on organisations (lower(name));

create table organisation_members (
    id               uuid primary key,
    organisation_id  uuid        not null references organisations (id),
    user_id          text        not null,
    display_name     text        not null,
    stakeholder_type text,
    role             text        not null check (role in ('admin', 'member')),
    joined_at        timestamptz not null,
    unique (organisation_id, user_id)
);
create index organisation_members_by_user on organisation_members (user_id);

-- An organisation's part in a mission: asked for by the organisation, invited by a convener, or
-- joined once both sides agree (or the organisation asks to join a public mission).
create table mission_organisations (
    id              uuid primary key,
    mission_id      uuid        not null references missions (id),
    organisation_id uuid        not null references organisations (id),
    state           text        not null check (state in ('REQUESTED', 'INVITED', 'JOINED')),
    changed_at      timestamptz not null,
    unique (mission_id, organisation_id)
);
create index mission_organisations_by_organisation on mission_organisations (organisation_id);

-- Set when the person is a member only because an organisation of theirs joined the mission.
alter table memberships add column via_organisation uuid references organisations (id);
