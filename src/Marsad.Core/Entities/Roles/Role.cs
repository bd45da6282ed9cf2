namespace Marsad.Entities.Roles;

/// <summary>
/// A title or function a person holds, with the entity it is held in when the text names one
/// ("متحدث باسم" → the coalition's id; "كولونيل" → none).
/// </summary>
public sealed record Role(string Title, string? OfEntityId);
