-- Structured case studies shared by a mission's members, searchable in full text once published.
create table case_studies (
    id           uuid primary key,
    mission_id   uuid        not null references missions (id),
    author_id    text        not null,
    author_name  text        not null,
    title        text        not null,
    summary      text        not null,
    context      text        not null default '',
    challenge    text        not null default '',
    approach     text        not null default '',
    outcomes     text        not null default '',
    lessons      text        not null default '',
    place        text,
    links        text        not null default '',
    status       text        not null check (status in ('DRAFT', 'PUBLISHED')),
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    published_at timestamptz,
    search       tsvector generated always as (
        setweight(to_tsvector('english', title), 'A') ||
        setweight(to_tsvector('english', summary), 'B') ||
        setweight(to_tsvector('english', coalesce(place, '')), 'B') ||
        setweight(to_tsvector('english', context || ' ' || challenge || ' ' || approach || ' ' || outcomes
                                          || ' ' || lessons), 'C')) stored
);
create index case_studies_search on case_studies using gin (search);
create index case_studies_by_mission on case_studies (mission_id, status);

-- Tags, stakeholder types and organisations of a case study, for filters and related studies.
create table case_study_labels (
    case_study_id uuid not null references case_studies (id) on delete cascade,
    kind          text not null check (kind in ('tag', 'stakeholder_type', 'organisation')),
    value         text not null,
    primary key (case_study_id, kind, value)
);
create index case_study_labels_by_value on case_study_labels (kind, value);

create table case_study_comments (
    id            uuid primary key,
    case_study_id uuid        not null references case_studies (id) on delete cascade,
    author_id     text        not null,
    author_name   text        not null,
    body          text        not null,
    posted_at     timestamptz not null
);

create table case_study_marks (
    case_study_id uuid        not null references case_studies (id) on delete cascade,
    user_id       text        not null,
    marked_at     timestamptz not null,
    primary key (case_study_id, user_id)
);
