-- The public-policy theme of a mission, for the directory's filter.
alter table missions add column theme text;
create index missions_by_theme on missions (theme);

-- How far each member has read each channel, for unread counts.
create table channel_reads (
    channel_id    uuid   not null references channels (id),
    user_id       text   not null,
    last_read_seq bigint not null,
    primary key (channel_id, user_id)
);
