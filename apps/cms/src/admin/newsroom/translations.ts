/**
 * The newsroom's own admin strings in the admin's other languages (English is each message's
 * default), and the document types' names: Strapi shows an enumeration's options through the
 * admin's translations with the raw value as the id, so "news-story" reads "News story".
 */
export const translations = {
  en: {
    "press-release": "Press release",
    "news-story": "News story",
    statement: "Statement",
    "media-advisory": "Media advisory",
  },
  es: {
    "press-release": "Comunicado de prensa",
    "news-story": "Noticia",
    statement: "Declaración",
    "media-advisory": "Aviso a los medios",
    "newsroom.withdraw.label": "Retirar…",
    "newsroom.withdraw.title": "Retirar este comunicado",
    "newsroom.withdraw.explain":
      "La página sale de la sala de prensa, de sus feeds y de la búsqueda. Su dirección dirá que el comunicado fue retirado, con el motivo indicado abajo.",
    "newsroom.withdraw.hint": "Opcional. Visible para los lectores.",
    "newsroom.withdraw.reason": "Motivo público",
    "newsroom.withdraw.confirm": "Retirar",
    "newsroom.publish.scheduled": "Programado para el {time}",
    "newsroom.publish.missing": "Aún no publicado: complete {fields}.",
    "newsroom.publishing.title": "Publicación",
    "newsroom.publishing.badge": "Programado",
    "newsroom.list.scheduled": "Programado {time}",
    "newsroom.publishing.at": "Se publica el {time} ({zone})",
    "newsroom.publishing.change": "Para publicarlo ahora, borre Publicación programada y guarde.",
    "newsroom.publishing.now": "Publicar lo pone en línea ahora. Para programarlo, indique Publicación programada y guarde.",
    "newsroom.viewOnSite": "Ver en el sitio",
  },
  fr: {
    "press-release": "Communiqué de presse",
    "news-story": "Article",
    statement: "Déclaration",
    "media-advisory": "Avis aux médias",
    "newsroom.withdraw.label": "Retirer…",
    "newsroom.withdraw.title": "Retirer ce communiqué",
    "newsroom.withdraw.explain":
      "La page quitte la salle de presse, ses flux et la recherche. Son adresse indiquera que le communiqué a été retiré, avec le motif ci-dessous.",
    "newsroom.withdraw.hint": "Facultatif. Visible par les lecteurs.",
    "newsroom.withdraw.reason": "Motif public",
    "newsroom.withdraw.confirm": "Retirer",
    "newsroom.publish.scheduled": "Programmé pour le {time}",
    "newsroom.publish.missing": "Pas encore publié : remplissez {fields}.",
    "newsroom.publishing.title": "Publication",
    "newsroom.publishing.badge": "Programmé",
    "newsroom.list.scheduled": "Programmé {time}",
    "newsroom.publishing.at": "Mis en ligne le {time} ({zone})",
    "newsroom.publishing.change": "Pour le publier maintenant, effacez Publication programmée et enregistrez.",
    "newsroom.publishing.now": "Publier le met en ligne maintenant. Pour le programmer, indiquez Publication programmée et enregistrez.",
    "newsroom.viewOnSite": "Voir sur le site",
  },
};
