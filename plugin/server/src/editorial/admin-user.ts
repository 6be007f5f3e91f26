/** The logged-in admin (ctx.state.user) as the newsroom records it: id and a display name. */
export interface AdminActor {
  id: number;
  name: string;
}

/** The fields of Strapi's admin user (`admin::user`) the newsroom reads. */
interface AdminUser {
  id?: unknown;
  firstname?: string | null;
  lastname?: string | null;
  username?: string | null;
  email?: string | null;
}

export const toAdminActor = (user: AdminUser | undefined | null): AdminActor | null => {
  if (!user || typeof user.id !== 'number') return null;
  const fullName = [user.firstname, user.lastname].filter(Boolean).join(' ').trim();
  return { id: user.id, name: fullName || user.username || user.email || `Admin #${user.id}` };
};
